namespace Runc.Libcontainer.Cgroups.Stats;

/// <summary>Part of <see cref="CgroupStats"/> (runc's types/events.go).</summary>
public sealed class PidsStats
{
    public ulong Current { get; set; }

    public ulong Limit { get; set; }
}
