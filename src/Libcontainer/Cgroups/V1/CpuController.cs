using System.Collections.Generic;
using Runc.Libcontainer.Cgroups.Stats;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V1;

/// <summary>cpu: shares, CFS quota/period/burst, idle, and the realtime budget (written before the
/// first process joins, as runc does: a SCHED_RR process cannot join a group without one).</summary>
internal sealed class CpuController : IV1Controller
{
    public string Name => "cpu";

    public void Create(string path, LinuxResources? r)
    {
        CgroupFile.MakeDirs(path, null);
        if (r?.Cpu is { } cpu)
            SetRealtime(path, cpu);
    }

    public void Set(string path, LinuxResources r)
    {
        if (r.Cpu is not { } cpu)
            return;
        if (cpu.Shares is { } shares && shares != 0)
        {
            CgroupFile.Write(path, "cpu.shares", shares);
            ulong actual = CgroupFile.ReadUInt(path, "cpu.shares");
            if (actual > shares)
                throw new CgroupError($"the minimum allowed cpu-shares is {actual}");
            if (actual < shares)
                throw new CgroupError($"the maximum allowed cpu-shares is {actual}");
        }
        ulong period = cpu.Period ?? 0;
        long quota = cpu.Quota ?? 0;
        if (period != 0)
        {
            try
            {
                CgroupFile.Write(path, "cpu.cfs_period_us", period);
            }
            catch (CgroupError) when (quota != 0)
            {
                // The new period may not fit the old quota: runc writes the quota first then.
                CgroupFile.Write(path, "cpu.cfs_quota_us", quota);
                quota = 0;
                CgroupFile.Write(path, "cpu.cfs_period_us", period);
            }
        }
        if (quota != 0)
            CgroupFile.Write(path, "cpu.cfs_quota_us", quota);
        if (cpu.Burst is { } burst)
            CgroupFile.Write(path, "cpu.cfs_burst_us", burst);
        if (cpu.Idle is { } idle && idle != 0)
            CgroupFile.Write(path, "cpu.idle", idle);
        SetRealtime(path, cpu);
    }

    private static void SetRealtime(string path, LinuxCpu cpu)
    {
        if (cpu.RealtimePeriod is { } rtPeriod && rtPeriod != 0)
            CgroupFile.Write(path, "cpu.rt_period_us", rtPeriod);
        if (cpu.RealtimeRuntime is { } rtRuntime && rtRuntime != 0)
            CgroupFile.Write(path, "cpu.rt_runtime_us", rtRuntime);
    }

    public void Stats(string path, CgroupStats stats)
    {
        var kv = CgroupFile.ReadKeyValues(path, "cpu.stat");
        stats.Cpu.Throttling.Periods = kv.GetValueOrDefault("nr_periods");
        stats.Cpu.Throttling.ThrottledPeriods = kv.GetValueOrDefault("nr_throttled");
        stats.Cpu.Throttling.ThrottledTime = kv.GetValueOrDefault("throttled_time");
    }
}
