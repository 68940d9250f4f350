using System;
using System.Collections.Generic;
using Runc.Libcontainer.Cgroups.Stats;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V1;

/// <summary>cpuacct: no limits, only usage (total, per cpu, user/system).</summary>
internal sealed class CpuacctController : IV1Controller
{
    /// <summary>USER_HZ: cpuacct.stat counts in clock ticks.</summary>
    private const ulong ClockTicks = 100;
    private const ulong NanosecondsInSecond = 1_000_000_000;

    public string Name => "cpuacct";

    public void Set(string path, LinuxResources r)
    {
    }

    public void Stats(string path, CgroupStats stats)
    {
        var usage = stats.Cpu.Usage;
        usage.Total = CgroupFile.ReadUInt(path, "cpuacct.usage");
        var kv = CgroupFile.ReadKeyValues(path, "cpuacct.stat");
        usage.User = kv.GetValueOrDefault("user") * NanosecondsInSecond / ClockTicks;
        usage.Kernel = kv.GetValueOrDefault("system") * NanosecondsInSecond / ClockTicks;
        usage.PerCpu = ParseList(CgroupFile.TryRead(path, "cpuacct.usage_percpu"));
        // cpuacct.usage_all: "cpu user system" per line after a header.
        string? all = CgroupFile.TryRead(path, "cpuacct.usage_all");
        if (all is not null)
        {
            var kernel = new List<ulong>();
            var user = new List<ulong>();
            foreach (string line in all.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (f.Length != 3 || f[0] == "cpu")
                    continue;
                user.Add(CgroupFile.ParseUInt(f[1]));
                kernel.Add(CgroupFile.ParseUInt(f[2]));
            }
            usage.PerCpuKernel = kernel;
            usage.PerCpuUser = user;
        }
    }

    private static List<ulong> ParseList(string? s)
    {
        var list = new List<ulong>();
        if (s is null)
            return list;
        foreach (string f in s.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            list.Add(CgroupFile.ParseUInt(f));
        return list;
    }
}
