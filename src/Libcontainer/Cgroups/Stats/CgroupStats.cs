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

public sealed class CpuStats
{
    public CpuUsage Usage { get; } = new();

    public Throttling Throttling { get; } = new();
}

public sealed class CpuUsage
{
    public ulong Total { get; set; }

    public List<ulong>? PerCpu { get; set; }

    public List<ulong>? PerCpuKernel { get; set; }

    public List<ulong>? PerCpuUser { get; set; }

    public ulong Kernel { get; set; }

    public ulong User { get; set; }
}

public sealed class Throttling
{
    public ulong Periods { get; set; }

    public ulong ThrottledPeriods { get; set; }

    public ulong ThrottledTime { get; set; }
}

public sealed class MemoryStats
{
    public ulong Cache { get; set; }

    public MemoryEntry Usage { get; } = new();

    public MemoryEntry Swap { get; } = new();

    public MemoryEntry Kernel { get; } = new();

    public MemoryEntry KernelTcp { get; } = new();

    public Dictionary<string, ulong>? Raw { get; set; }
}

public sealed class MemoryEntry
{
    public ulong Limit { get; set; }

    public ulong Usage { get; set; }

    public ulong Max { get; set; }

    public ulong Failcnt { get; set; }
}

public sealed class PidsStats
{
    public ulong Current { get; set; }

    public ulong Limit { get; set; }
}

public sealed class BlkioStats
{
    public List<BlkioEntry>? IoServiceBytesRecursive { get; set; }

    public List<BlkioEntry>? IoServicedRecursive { get; set; }

    public List<BlkioEntry>? IoQueuedRecursive { get; set; }

    public List<BlkioEntry>? IoServiceTimeRecursive { get; set; }

    public List<BlkioEntry>? IoWaitTimeRecursive { get; set; }

    public List<BlkioEntry>? IoMergedRecursive { get; set; }

    public List<BlkioEntry>? IoTimeRecursive { get; set; }

    public List<BlkioEntry>? SectorsRecursive { get; set; }
}

public sealed class BlkioEntry
{
    public ulong Major { get; set; }

    public ulong Minor { get; set; }

    public string Op { get; set; } = "";

    public ulong Value { get; set; }
}

public sealed class HugetlbStats
{
    public ulong Usage { get; set; }

    public ulong Max { get; set; }

    public ulong Failcnt { get; set; }
}

public sealed class CpuSetStats
{
    public List<ushort>? Cpus { get; set; }

    public ulong CpuExclusive { get; set; }

    public List<ushort>? Mems { get; set; }

    public ulong MemHardwall { get; set; }

    public ulong MemExclusive { get; set; }

    public ulong MemoryMigrate { get; set; }

    public ulong MemorySpreadPage { get; set; }

    public ulong MemorySpreadSlab { get; set; }

    public ulong MemoryPressure { get; set; }

    public ulong SchedLoadBalance { get; set; }

    public long SchedRelaxDomainLevel { get; set; }
}
