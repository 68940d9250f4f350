using System.Collections.Generic;
using System.IO;
using Runc.Libcontainer.Cgroups.Stats;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V1;

/// <summary>cpuset: a new cpuset has no cpus and no mems, and no process can join it, so every
/// directory made on the way down gets its parent's (runc's ensureParent/copyIfNeeded).</summary>
internal sealed class CpusetController : IV1Controller
{
    public string Name => "cpuset";

    public void Create(string path, LinuxResources? r)
    {
        var made = new List<string>();
        CgroupFile.MakeDirs(path, made);
        foreach (string dir in made)
        {
            // The leaf gets the configured values directly when there are some.
            string parent = Path.GetDirectoryName(dir)!;
            bool leaf = dir == path;
            if (!leaf || r?.Cpu?.Cpus is not { Length: > 0 })
                CopyIfEmpty(parent, dir, "cpuset.cpus");
            if (!leaf || r?.Cpu?.Mems is not { Length: > 0 })
                CopyIfEmpty(parent, dir, "cpuset.mems");
        }
        if (r is not null)
            Set(path, r);
    }

    private static void CopyIfEmpty(string parent, string dir, string file)
    {
        string current = CgroupFile.TryRead(dir, file) ?? "";
        if (current.Trim().Length != 0)
            return;
        string value = CgroupFile.TryRead(parent, file) ?? "";
        if (value.Trim().Length != 0)
            CgroupFile.Write(dir, file, value.Trim());
    }

    public void Set(string path, LinuxResources r)
    {
        if (r.Cpu?.Cpus is { Length: > 0 } cpus)
            CgroupFile.Write(path, "cpuset.cpus", cpus);
        if (r.Cpu?.Mems is { Length: > 0 } mems)
            CgroupFile.Write(path, "cpuset.mems", mems);
    }

    public void Stats(string path, CgroupStats stats)
    {
        var c = stats.CpuSet;
        c.Cpus = ParseList(CgroupFile.TryRead(path, "cpuset.cpus"));
        c.Mems = ParseList(CgroupFile.TryRead(path, "cpuset.mems"));
        c.CpuExclusive = CgroupFile.ReadUInt(path, "cpuset.cpu_exclusive");
        c.MemHardwall = CgroupFile.ReadUInt(path, "cpuset.mem_hardwall");
        c.MemExclusive = CgroupFile.ReadUInt(path, "cpuset.mem_exclusive");
        c.MemoryMigrate = CgroupFile.ReadUInt(path, "cpuset.memory_migrate");
        c.MemorySpreadPage = CgroupFile.ReadUInt(path, "cpuset.memory_spread_page");
        c.MemorySpreadSlab = CgroupFile.ReadUInt(path, "cpuset.memory_spread_slab");
        c.MemoryPressure = CgroupFile.ReadUInt(path, "cpuset.memory_pressure");
        c.SchedLoadBalance = CgroupFile.ReadUInt(path, "cpuset.sched_load_balance");
        string? level = CgroupFile.TryRead(path, "cpuset.sched_relax_domain_level");
        c.SchedRelaxDomainLevel = long.TryParse(level?.Trim(), out long l) ? l : 0;
    }

    /// <summary>"0-2,4" → [0, 1, 2, 4].</summary>
    internal static List<ushort> ParseList(string? s)
    {
        var list = new List<ushort>();
        foreach (string part in (s ?? "").Trim().Split(',', System.StringSplitOptions.RemoveEmptyEntries))
        {
            string[] r = part.Split('-');
            if (!ushort.TryParse(r[0], out ushort lo))
                continue;
            ushort hi = lo;
            if (r.Length == 2 && !ushort.TryParse(r[1], out hi))
                continue;
            for (int i = lo; i <= hi; i++)
                list.Add((ushort)i);
        }
        return list;
    }
}
