using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V1;

/// <summary>net_prio: one "interface priority" line per entry of net_prio.ifpriomap.</summary>
internal sealed class NetPrioController : IV1Controller
{
    public string Name => "net_prio";

    public void Set(string path, LinuxResources r)
    {
        foreach (var p in r.Network?.Priorities ?? new System.Collections.Generic.List<LinuxInterfacePriority>())
            CgroupFile.Write(path, "net_prio.ifpriomap", $"{p.Name} {p.Priority}");
    }
}
