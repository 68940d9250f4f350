namespace Runc.Libcontainer.Cgroups.Stats;

/// <summary>Part of <see cref="CgroupStats"/> (runc's types/events.go).</summary>
public sealed class HugetlbStats
{
    public ulong Usage { get; set; }

    public ulong Max { get; set; }

    public ulong Failcnt { get; set; }
}
