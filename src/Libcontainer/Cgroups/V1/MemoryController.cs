using System.Collections.Generic;
using Runc.Libcontainer.Cgroups.Stats;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V1;

/// <summary>memory: limit and memory+swap (written in the order the kernel accepts), soft limit,
/// OOM killer, swappiness. Kernel memory limits are ignored, as runc 1.1 ignores them.</summary>
internal sealed class MemoryController : IV1Controller
{
    public string Name => "memory";

    public void Set(string path, LinuxResources r)
    {
        if (r.Memory is not { } m)
            return;
        long limit = m.Limit ?? 0;
        long swap = m.Swap ?? 0;
        if (limit == -1 && swap == 0 && CgroupFile.Exists(path, "memory.memsw.limit_in_bytes"))
            swap = -1;
        bool swapFirst = false;
        if (limit != 0 && swap != 0)
        {
            ulong current = CgroupFile.ReadUInt(path, "memory.limit_in_bytes");
            swapFirst = swap == -1 || current < (ulong)swap;
        }
        if (swapFirst)
        {
            SetSwap(path, swap);
            SetLimit(path, limit);
        }
        else
        {
            SetLimit(path, limit);
            SetSwap(path, swap);
        }
        if (m.Reservation is { } reservation && reservation != 0)
            CgroupFile.Write(path, "memory.soft_limit_in_bytes", reservation);
        if (m.DisableOomKiller == true)
            CgroupFile.Write(path, "memory.oom_control", "1");
        if (m.Swappiness is { } swappiness && swappiness != ulong.MaxValue)
        {
            if (swappiness > 100)
                throw new CgroupError($"invalid memory swappiness value: {swappiness} (valid range is 0-100)");
            CgroupFile.Write(path, "memory.swappiness", swappiness);
        }
    }

    private static void SetLimit(string path, long limit)
    {
        if (limit == 0)
            return;
        try
        {
            CgroupFile.Write(path, "memory.limit_in_bytes", limit);
        }
        catch (CgroupError) when (limit > 0 && CgroupFile.ReadUInt(path, "memory.usage_in_bytes") > (ulong)limit)
        {
            ulong usage = CgroupFile.ReadUInt(path, "memory.usage_in_bytes");
            ulong peak = CgroupFile.ReadUInt(path, "memory.max_usage_in_bytes");
            throw new CgroupError($"unable to set memory limit to {limit} (current usage: {usage}, peak usage: {peak})");
        }
    }

    private static void SetSwap(string path, long swap)
    {
        if (swap != 0)
            CgroupFile.Write(path, "memory.memsw.limit_in_bytes", swap);
    }

    public void Stats(string path, CgroupStats stats)
    {
        var mem = stats.Memory;
        Dictionary<string, ulong> raw = CgroupFile.ReadKeyValues(path, "memory.stat");
        mem.Raw = raw;
        mem.Cache = raw.GetValueOrDefault("cache");
        Entry(path, "memory", mem.Usage);
        Entry(path, "memory.memsw", mem.Swap);
        Entry(path, "memory.kmem", mem.Kernel);
        Entry(path, "memory.kmem.tcp", mem.KernelTcp);
    }

    private static void Entry(string path, string prefix, MemoryEntry e)
    {
        e.Usage = CgroupFile.ReadUInt(path, prefix + ".usage_in_bytes");
        e.Max = CgroupFile.ReadUInt(path, prefix + ".max_usage_in_bytes");
        e.Failcnt = CgroupFile.ReadUInt(path, prefix + ".failcnt");
        e.Limit = CgroupFile.ReadUInt(path, prefix + ".limit_in_bytes");
    }
}
