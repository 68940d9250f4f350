using System.Collections.Generic;

namespace Runc.Libcontainer.Cgroups.Stats;

/// <summary>Part of <see cref="CgroupStats"/> (runc's types/events.go).</summary>
public sealed class MemoryStats
{
    public ulong Cache { get; set; }

    public MemoryEntry Usage { get; } = new();

    public MemoryEntry Swap { get; } = new();

    public MemoryEntry Kernel { get; } = new();

    public MemoryEntry KernelTcp { get; } = new();

    public Dictionary<string, ulong>? Raw { get; set; }
}
