namespace Runc.Libcontainer.Cgroups.Stats;

/// <summary>Part of <see cref="CgroupStats"/> (runc's types/events.go).</summary>
public sealed class CpuStats
{
    public CpuUsage Usage { get; } = new();

    public Throttling Throttling { get; } = new();
}
