namespace Runc.Libcontainer.State;

/// <summary>The lifecycle states runc reports (the OCI states plus runc's "paused").</summary>
public enum ContainerStatus
{
    Created,
    Running,
    Paused,
    Stopped,
}
