namespace Runc.Libcontainer.Cgroups.Stats;

/// <summary>Part of <see cref="CgroupStats"/> (runc's types/events.go).</summary>
public sealed class Throttling
{
    public ulong Periods { get; set; }

    public ulong ThrottledPeriods { get; set; }

    public ulong ThrottledTime { get; set; }
}
