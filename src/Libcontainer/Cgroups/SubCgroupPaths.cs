using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Cgroups;

/// <summary>
/// `runc exec --cgroup [controller[,controller]:]path`: the exec'd process goes into an existing
/// sub-cgroup of the container's, per controller ("" for every controller, or cgroup v2).
/// </summary>
public static class SubCgroupPaths
{
    /// <summary>runc's getSubCgroupPaths, with its messages.</summary>
    public static Dictionary<string, string> Parse(IReadOnlyList<string> args)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string c in args)
        {
            string[] cs = c.Split(':', 3);
            if (cs.Length > 2)
                throw new RuntimeError($"invalid --cgroup argument: {c}");
            if (cs.Length == 1)
            {
                if (args.Count != 1)
                    throw new RuntimeError($"invalid --cgroup argument: {c} (missing <controller>: prefix)");
                paths[""] = c;
                continue;
            }
            foreach (string ctrl in cs[0].Split(','))
            {
                if (ctrl.Length == 0)
                    throw new RuntimeError($"invalid --cgroup argument: {c} (empty <controller> prefix)");
                if (!paths.TryAdd(ctrl, cs[1]))
                    throw new RuntimeError($"invalid --cgroup argument(s): controller {ctrl} specified multiple times");
            }
        }
        return paths;
    }

    /// <summary>
    /// The directories to write the pid to: each of the container's cgroup paths, joined with the
    /// sub-path asked for its controller (or for all, under ""). Every sub-cgroup must exist.
    /// </summary>
    public static List<string> Resolve(IReadOnlyDictionary<string, string> containerPaths, IReadOnlyDictionary<string, string> sub)
    {
        if (containerPaths.Count == 0)
            throw new RuntimeError("--cgroup: the container has no cgroup");
        foreach (string ctrl in sub.Keys)
        {
            if (ctrl.Length > 0 && !containerPaths.ContainsKey(ctrl))
                throw new RuntimeError($"--cgroup: controller {ctrl} is not available for the container");
        }
        var result = new List<string>();
        foreach (var (ctrl, path) in containerPaths)
        {
            string? s = sub.TryGetValue(ctrl, out var p) ? p : sub.TryGetValue("", out var all) ? all : null;
            string dir = s is null ? path : Path.Combine(path, s.TrimStart('/'));
            if (s is not null && !Directory.Exists(dir))
                throw new RuntimeError($"--cgroup: {dir}: no such cgroup");
            result.Add(dir);
        }
        return result;
    }

    /// <summary>Moves <paramref name="pid"/> into each directory (cgroup.procs).</summary>
    public static void Enter(IEnumerable<string> dirs, int pid)
    {
        string text = pid.ToString(CultureInfo.InvariantCulture);
        foreach (string dir in dirs)
            FileIo.WriteExisting(Path.Combine(dir, "cgroup.procs"), text);
    }
}
