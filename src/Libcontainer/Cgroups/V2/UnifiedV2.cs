using System.Collections.Generic;
using System.IO;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V2;

/// <summary>linux.resources.unified: file name → value, written as given (after the converted values, so they win).</summary>
internal static class UnifiedV2
{
    public static void Set(string path, LinuxResources r, IReadOnlyCollection<string> controllers)
    {
        if (r.Unified is null)
            return;
        foreach (var (key, value) in r.Unified)
        {
            if (key.Contains('/'))
                throw new CgroupError($"unified resource \"{key}\" must be a file name (no slashes)");
            if (!File.Exists(path + "/" + key))
            {
                int dot = key.IndexOf('.');
                string ctrl = dot > 0 ? key[..dot] : key;
                if (dot > 0 && ctrl != "cgroup" && !new List<string>(controllers).Contains(ctrl))
                    throw new CgroupError($"unified resource \"{key}\" can't be set: controller \"{ctrl}\" not available");
                throw new CgroupError($"unified resource \"{key}\" can't be set: open {path}/{key}: no such file or directory");
            }
            CgroupFile.Write(path, key, value);
        }
    }
}
