using System.Collections.Generic;

namespace Runc.Libcontainer.Cgroups.Stats;

/// <summary>Part of <see cref="CgroupStats"/> (runc's types/events.go).</summary>
public sealed class CpuUsage
{
    public ulong Total { get; set; }

    public List<ulong>? PerCpu { get; set; }

    public List<ulong>? PerCpuKernel { get; set; }

    public List<ulong>? PerCpuUser { get; set; }

    public ulong Kernel { get; set; }

    public ulong User { get; set; }
}
