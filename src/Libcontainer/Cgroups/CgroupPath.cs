using System.Collections.Generic;

namespace Runc.Libcontainer.Cgroups;

/// <summary>cgroupsPath handling as runc's: cleaned like Go's filepath.Clean; absent means the
/// container id relative to our own cgroup.</summary>
public static class CgroupPath
{
    /// <summary>linux.cgroupsPath cleaned, or the container id when absent.</summary>
    public static string For(string id, string? cgroupsPath)
    {
        if (string.IsNullOrEmpty(cgroupsPath))
            return id;
        string clean = Clean(cgroupsPath);
        return clean == "." ? id : clean;
    }

    public static string Clean(string path)
    {
        bool rooted = path.StartsWith('/');
        var parts = new List<string>();
        foreach (string p in path.Split('/'))
        {
            if (p.Length == 0 || p == ".")
                continue;
            if (p == "..")
            {
                // Relative paths too are cleaned as if under "/" (runc's CleanPath): ".." cannot climb out.
                if (parts.Count > 0)
                    parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(p);
        }
        string joined = string.Join('/', parts);
        if (rooted)
            return "/" + joined;
        return joined.Length == 0 ? "." : joined;
    }
}
