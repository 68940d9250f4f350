namespace Runc.Libcontainer.Cgroups;

/// <summary>What an <see cref="OomNotifier"/> wake-up meant.</summary>
public enum OomNotice
{
    None,
    Oom,
    Gone,
}
