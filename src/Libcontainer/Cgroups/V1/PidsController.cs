using Runc.Libcontainer.Cgroups.Stats;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V1;

/// <summary>pids: pids.max ("max" for a negative limit, nothing for 0).</summary>
internal sealed class PidsController : IV1Controller
{
    public string Name => "pids";

    public void Set(string path, LinuxResources r) => Write(path, r);

    /// <summary>Shared with cgroup v2, where the file is the same.</summary>
    internal static void Write(string path, LinuxResources r)
    {
        if (r.Pids is { Limit: not 0 } pids)
            CgroupFile.Write(path, "pids.max", pids.Limit > 0 ? pids.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) : "max");
    }

    public void Stats(string path, CgroupStats stats) => Read(path, stats);

    internal static void Read(string path, CgroupStats stats)
    {
        stats.Pids.Current = CgroupFile.ReadUInt(path, "pids.current");
        ulong max = CgroupFile.ReadUInt(path, "pids.max");
        stats.Pids.Limit = max == ulong.MaxValue ? 0 : max;
    }
}
