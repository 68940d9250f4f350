using System;
using System.Collections.Generic;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Cgroups;

/// <summary>
/// What the host offers: the cgroup mode (statfs of /sys/fs/cgroup and /sys/fs/cgroup/unified, as
/// runc decides), the v1 hierarchies from /proc/self/mountinfo, and our own cgroup per controller
/// from /proc/self/cgroup (relative cgroupsPaths are under it). Paths are parameters so that unit
/// tests can point them at a temporary directory.
/// </summary>
public sealed class CgroupHost
{
    public const string DefaultRoot = "/sys/fs/cgroup";

    public CgroupHost(CgroupMode mode, string root, IReadOnlyList<V1Hierarchy> hierarchies, IReadOnlyDictionary<string, string> own)
    {
        Mode = mode;
        Root = root;
        Hierarchies = hierarchies;
        OwnCgroups = own;
    }

    public CgroupMode Mode { get; }

    /// <summary>/sys/fs/cgroup (or a test directory).</summary>
    public string Root { get; }

    /// <summary>The mounted v1 hierarchies (none in unified mode).</summary>
    public IReadOnlyList<V1Hierarchy> Hierarchies { get; }

    /// <summary>Controller ("" for cgroup2) to our own cgroup, from /proc/self/cgroup.</summary>
    public IReadOnlyDictionary<string, string> OwnCgroups { get; }

    /// <summary>The cgroup2 mount point: /sys/fs/cgroup when unified, /sys/fs/cgroup/unified when hybrid.</summary>
    public string UnifiedMount => Mode == CgroupMode.Unified ? Root : Root + "/unified";

    public static CgroupMode DetectMode()
    {
        if (Libc.FsMagic(DefaultRoot) == Libc.CGROUP2_SUPER_MAGIC)
            return CgroupMode.Unified;
        if (Libc.FsMagic(DefaultRoot + "/unified") == Libc.CGROUP2_SUPER_MAGIC)
            return CgroupMode.Hybrid;
        return CgroupMode.Legacy;
    }

    public static CgroupHost Detect()
    {
        var mode = DetectMode();
        var own = ParseProcCgroup(FileIo.TryReadAllText("/proc/self/cgroup") ?? "");
        var hierarchies = mode == CgroupMode.Unified
            ? new List<V1Hierarchy>()
            : ParseMountInfo(FileIo.TryReadAllText("/proc/self/mountinfo") ?? "");
        return new CgroupHost(mode, DefaultRoot, hierarchies, own);
    }

    /// <summary>"hierarchy:controllers:path" lines to controller → path ("" for cgroup2).</summary>
    public static Dictionary<string, string> ParseProcCgroup(string text)
    {
        var map = new Dictionary<string, string>();
        foreach (string line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int a = line.IndexOf(':');
            int b = a < 0 ? -1 : line.IndexOf(':', a + 1);
            if (b < 0)
                continue;
            string controllers = line[(a + 1)..b];
            string path = line[(b + 1)..];
            if (controllers.Length == 0)
            {
                map[""] = path;
                continue;
            }
            foreach (string c in controllers.Split(','))
                map[c] = path;
        }
        return map;
    }

    /// <summary>The cgroup v1 mounts of a mountinfo text (the first mount of each hierarchy wins).</summary>
    public static List<V1Hierarchy> ParseMountInfo(string text)
    {
        var list = new List<V1Hierarchy>();
        var seen = new HashSet<string>();
        foreach (string line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int dash = line.IndexOf(" - ", StringComparison.Ordinal);
            if (dash < 0)
                continue;
            string[] post = line[(dash + 3)..].Split(' ');
            if (post.Length < 3 || post[0] != "cgroup")
                continue;
            string[] pre = line[..dash].Split(' ');
            if (pre.Length < 5)
                continue;
            var controllers = new List<string>();
            foreach (string opt in post[2].Split(','))
            {
                if (opt.StartsWith("name=", StringComparison.Ordinal) || IsV1Controller(opt))
                    controllers.Add(opt);
            }
            if (controllers.Count == 0)
                continue;
            string key = string.Join(',', controllers);
            if (!seen.Add(key))
                continue;
            list.Add(new V1Hierarchy(Unescape(pre[4]), Unescape(pre[3]), controllers.ToArray()));
        }
        return list;
    }

    private static bool IsV1Controller(string opt) => opt is "cpu" or "cpuacct" or "cpuset" or "memory" or "devices"
        or "freezer" or "blkio" or "pids" or "hugetlb" or "net_cls" or "net_prio" or "perf_event" or "rdma" or "misc";

    /// <summary>mountinfo escapes space, tab, newline and backslash as \ooo.</summary>
    private static string Unescape(string s)
    {
        if (!s.Contains('\\'))
            return s;
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 3 < s.Length)
            {
                sb.Append((char)Convert.ToInt32(s.Substring(i + 1, 3), 8));
                i += 3;
            }
            else
            {
                sb.Append(s[i]);
            }
        }
        return sb.ToString();
    }
}
