using System.Collections.Generic;
using Runc.Libcontainer.Cgroups.Stats;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V2;

/// <summary>cpu.weight (from shares), cpu.idle, cpu.max "quota period", cpu.max.burst; cpuset files.</summary>
internal static class CpuV2
{
    public static void Set(string path, LinuxResources r)
    {
        if (r.Cpu is not { } cpu)
            return;
        // runc's fs2 ignores these; say so instead of silently.
        if (cpu.RealtimeRuntime is { } rt && rt != 0 || cpu.RealtimePeriod is { } rp && rp != 0)
            Logging.Logger.Warn("linux.resources.cpu.realtimeRuntime/realtimePeriod are ignored: cgroup v2 has no realtime budget");
        ulong weight = CgroupV2Conversions.CpuSharesToWeight(cpu.Shares ?? 0);
        if (weight != 0)
            CgroupFile.Write(path, "cpu.weight", weight);
        if (cpu.Idle is { } idle)
            CgroupFile.Write(path, "cpu.idle", idle);
        long quota = cpu.Quota ?? 0;
        ulong period = cpu.Period ?? 0;
        if (quota != 0 || period != 0)
        {
            string max = quota > 0 ? quota.ToString(System.Globalization.CultureInfo.InvariantCulture) : "max";
            if (period != 0)
                max += " " + period.ToString(System.Globalization.CultureInfo.InvariantCulture);
            CgroupFile.Write(path, "cpu.max", max);
        }
        if (cpu.Burst is { } burst)
            CgroupFile.Write(path, "cpu.max.burst", burst);
        if (cpu.Cpus is { Length: > 0 } cpus)
            CgroupFile.Write(path, "cpuset.cpus", cpus);
        if (cpu.Mems is { Length: > 0 } mems)
            CgroupFile.Write(path, "cpuset.mems", mems);
    }

    public static void Stats(string path, CgroupStats stats)
    {
        var kv = CgroupFile.ReadKeyValues(path, "cpu.stat");
        stats.Cpu.Usage.Total = kv.GetValueOrDefault("usage_usec") * 1000;
        stats.Cpu.Usage.User = kv.GetValueOrDefault("user_usec") * 1000;
        stats.Cpu.Usage.Kernel = kv.GetValueOrDefault("system_usec") * 1000;
        stats.Cpu.Throttling.Periods = kv.GetValueOrDefault("nr_periods");
        stats.Cpu.Throttling.ThrottledPeriods = kv.GetValueOrDefault("nr_throttled");
        stats.Cpu.Throttling.ThrottledTime = kv.GetValueOrDefault("throttled_usec") * 1000;
    }
}
