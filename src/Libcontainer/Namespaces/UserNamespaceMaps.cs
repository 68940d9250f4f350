using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Namespaces;

/// <summary>Writes linux.uidMappings and gidMappings for a process that has just unshared its user namespace.</summary>
public static class UserNamespaceMaps
{
    public static void Write(int pid, IReadOnlyList<LinuxIdMapping>? uids, IReadOnlyList<LinuxIdMapping>? gids, bool denySetgroups)
    {
        string proc = "/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/";
        if (denySetgroups)
            FileIo.WriteExisting(proc + "setgroups", "deny");
        if (uids is { Count: > 0 })
            FileIo.WriteExisting(proc + "uid_map", Format(uids));
        if (gids is { Count: > 0 })
            FileIo.WriteExisting(proc + "gid_map", Format(gids));
    }

    public static string Format(IReadOnlyList<LinuxIdMapping> maps)
    {
        var sb = new StringBuilder();
        foreach (var m in maps)
            sb.Append(CultureInfo.InvariantCulture, $"{m.ContainerId} {m.HostId} {m.Size}\n");
        return sb.ToString();
    }

    /// <summary>The host id that container id 0 maps to (itself without a mapping).</summary>
    public static uint HostRoot(IReadOnlyList<LinuxIdMapping>? maps)
    {
        if (maps is null || maps.Count == 0)
            return 0;
        foreach (var m in maps)
            if (m.ContainerId == 0 && m.Size > 0)
                return m.HostId;
        return 0;
    }
}
