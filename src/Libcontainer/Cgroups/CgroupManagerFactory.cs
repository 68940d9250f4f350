using Runc.Libcontainer.State;

namespace Runc.Libcontainer.Cgroups;

/// <summary>Picks the cgroup driver for a container (issue 2 fills in v1, v2 and systemd).</summary>
public static class CgroupManagerFactory
{
    /// <summary>The manager for a new container, from linux.cgroupsPath.</summary>
    public static ICgroupManager? Create(string id, Spec.Linux? linux, bool systemd, bool rootless) => null;

    /// <summary>The manager of an existing container, from the paths in its state.</summary>
    public static ICgroupManager? Load(ContainerState state) => null;
}
