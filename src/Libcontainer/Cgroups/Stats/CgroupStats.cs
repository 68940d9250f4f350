using System.Collections.Generic;

namespace Runc.Libcontainer.Cgroups.Stats;

/// <summary>A container's cgroup statistics, shaped as runc's events types (types/events.go).</summary>
public sealed class CgroupStats
{
    public CpuStats Cpu { get; } = new();

    public CpuSetStats CpuSet { get; } = new();

    public MemoryStats Memory { get; } = new();

    public PidsStats Pids { get; } = new();

    public BlkioStats Blkio { get; } = new();

    public SortedDictionary<string, HugetlbStats> Hugetlb { get; } = new();
}
