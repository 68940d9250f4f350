using System.Collections.Generic;
using Runc.Libcontainer.Cgroups.Stats;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V2;

/// <summary>memory.swap.max (swap − limit), memory.max, memory.low; kernel limits are ignored.</summary>
internal static class MemoryV2
{
    public static void Set(string path, LinuxResources r)
    {
        if (r.Memory is not { } m)
            return;
        long limit = m.Limit ?? 0;
        long swapIn = m.Swap ?? 0;
        if (limit == 0 && swapIn == 0 && (m.Reservation ?? 0) == 0)
            return;
        long swap = CgroupV2Conversions.MemorySwapToV2(swapIn, limit);
        string? swapText = CgroupV2Conversions.NumberOrMax(swap);
        if (swapText is null && swap == 0 && swapIn > 0)
            swapText = "0"; // memory and memory+swap equal: no swap at all
        if (swapText is not null)
        {
            if (CgroupFile.Exists(path, "memory.swap.max"))
                CgroupFile.Write(path, "memory.swap.max", swapText);
            else if (swap != -1)
                throw new CgroupError("memory swap is not supported on this host (no memory.swap.max)");
        }
        if (CgroupV2Conversions.NumberOrMax(limit) is { } max)
            CgroupFile.Write(path, "memory.max", max);
        if (CgroupV2Conversions.NumberOrMax(m.Reservation ?? 0) is { } low)
            CgroupFile.Write(path, "memory.low", low);
        if (m.Swappiness is { } s && s != ulong.MaxValue && s > 100)
            throw new CgroupError($"invalid memory swappiness value: {s} (valid range is 0-100)");
    }

    public static void Stats(string path, CgroupStats stats)
    {
        var mem = stats.Memory;
        Dictionary<string, ulong> raw = CgroupFile.ReadKeyValues(path, "memory.stat");
        mem.Raw = raw;
        mem.Cache = raw.GetValueOrDefault("file");
        mem.Usage.Usage = CgroupFile.ReadUInt(path, "memory.current");
        mem.Usage.Max = CgroupFile.ReadUInt(path, "memory.peak");
        mem.Usage.Limit = CgroupFile.ReadUInt(path, "memory.max");
        mem.Usage.Failcnt = CgroupFile.ReadKeyValues(path, "memory.events").GetValueOrDefault("max");
        // runc reports swap as memory+swap, like v1's memsw.
        ulong swapUsage = CgroupFile.ReadUInt(path, "memory.swap.current");
        ulong swapLimit = CgroupFile.ReadUInt(path, "memory.swap.max");
        mem.Swap.Usage = swapUsage + mem.Usage.Usage;
        mem.Swap.Limit = swapLimit == ulong.MaxValue || mem.Usage.Limit == ulong.MaxValue ? ulong.MaxValue : swapLimit + mem.Usage.Limit;
        mem.Swap.Failcnt = CgroupFile.ReadKeyValues(path, "memory.swap.events").GetValueOrDefault("max");
    }
}
