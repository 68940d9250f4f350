using System.Collections.Generic;
using System.IO;
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
}
