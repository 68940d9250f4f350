using System.Collections.Generic;

namespace Runc.Libcontainer.Cgroups.Stats;

/// <summary>Part of <see cref="CgroupStats"/> (runc's types/events.go).</summary>
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
