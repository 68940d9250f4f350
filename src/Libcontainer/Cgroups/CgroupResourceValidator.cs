using System.Collections.Generic;
using Runc.Libcontainer.Cgroups.Devices;
using Runc.Libcontainer.Cgroups.V2;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups;

/// <summary>
/// Checks linux.resources before anything is created, so that a bad value fails the create with an
/// error naming the field and leaves nothing behind. Values the kernel alone can judge (a cpuset
/// beyond the host's cpus) fail when written, and the create is undone then.
/// </summary>
public static class CgroupResourceValidator
{
    public static void Validate(LinuxResources? r, CgroupMode mode)
    {
        if (r is null)
            return;
        if (r.Unified is { Count: > 0 } && mode != CgroupMode.Unified)
            throw new CgroupError("invalid configuration: cannot use unified on cgroup v1");
        if (r.Memory is { } m)
        {
            Bytes("linux.resources.memory.limit", m.Limit);
            Bytes("linux.resources.memory.reservation", m.Reservation);
            Bytes("linux.resources.memory.swap", m.Swap);
            Bytes("linux.resources.memory.kernel", m.Kernel);
            Bytes("linux.resources.memory.kernelTCP", m.KernelTcp);
            if (m.Kernel is not null || m.KernelTcp is not null)
                Logging.Logger.Warn("Kernel memory settings are ignored and will be removed");
            if (m.Swappiness is { } s && s > 100)
                throw new CgroupError($"linux.resources.memory.swappiness: invalid memory swappiness value: {s} (valid range is 0-100)");
            if (m.Limit is { } limit && limit > 0 && m.Swap is { } swap && swap > 0 && swap < limit)
                throw new CgroupError("linux.resources.memory.swap: memory+swap limit should be >= memory limit");
            if (mode == CgroupMode.Unified)
                CgroupV2Conversions.MemorySwapToV2(m.Swap ?? 0, m.Limit ?? 0);
        }
        if (r.Cpu is { } cpu)
        {
            CpuList("linux.resources.cpu.cpus", cpu.Cpus);
            CpuList("linux.resources.cpu.mems", cpu.Mems);
            if (cpu.Quota is { } q && q < -1)
                throw new CgroupError($"linux.resources.cpu.quota: invalid value {q}");
        }
        if (r.Pids is { } pids && pids.Limit < -1)
            throw new CgroupError($"linux.resources.pids.limit: invalid value {pids.Limit}");
        if (r.BlockIO is { } io)
        {
            Weight("linux.resources.blockIO.weight", io.Weight);
            Weight("linux.resources.blockIO.leafWeight", io.LeafWeight);
            var wds = io.WeightDevice ?? new List<LinuxWeightDevice>();
            for (int i = 0; i < wds.Count; i++)
            {
                Weight($"linux.resources.blockIO.weightDevice[{i}].weight", wds[i].Weight);
                Weight($"linux.resources.blockIO.weightDevice[{i}].leafWeight", wds[i].LeafWeight);
            }
        }
        foreach (var h in r.HugepageLimits ?? new List<LinuxHugepageLimit>())
        {
            if (h.Pagesize.Length == 0 || h.Pagesize.Contains('/') || h.Pagesize.Contains('.'))
                throw new CgroupError($"linux.resources.hugepageLimits: invalid page size \"{h.Pagesize}\"");
        }
        DeviceRules.For(r);
    }

    private static void Bytes(string field, long? v)
    {
        if (v is { } x && x < -1)
            throw new CgroupError($"{field}: invalid memory value {x} (must be -1 for unlimited or a number of bytes)");
    }

    private static void Weight(string field, ushort? w)
    {
        if (w is { } x && x != 0 && (x < 10 || x > 1000))
            throw new CgroupError($"{field}: invalid weight {x} (valid range is 10-1000)");
    }

    /// <summary>A cpuset list: "0-3,5", digits, commas and dashes only.</summary>
    private static void CpuList(string field, string? list)
    {
        if (string.IsNullOrEmpty(list))
            return;
        foreach (string part in list.Split(','))
        {
            string[] range = part.Trim().Split('-');
            bool ok = range.Length is 1 or 2;
            uint lo = 0, hi = 0;
            ok = ok && uint.TryParse(range[0], out lo);
            if (ok && range.Length == 2)
                ok = uint.TryParse(range[1], out hi) && hi >= lo;
            if (!ok)
                throw new CgroupError($"{field}: invalid list \"{list}\"");
        }
    }
}
