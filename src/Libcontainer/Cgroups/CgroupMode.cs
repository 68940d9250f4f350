namespace Runc.Libcontainer.Cgroups;

/// <summary>How the host mounts cgroups (runc's IsCgroup2UnifiedMode / IsCgroup2HybridMode).</summary>
public enum CgroupMode
{
    /// <summary>cgroup v1 only.</summary>
    Legacy,

    /// <summary>cgroup v1 controllers plus the cgroup2 hierarchy at /sys/fs/cgroup/unified.</summary>
    Hybrid,

    /// <summary>cgroup2 at /sys/fs/cgroup.</summary>
    Unified,
}
