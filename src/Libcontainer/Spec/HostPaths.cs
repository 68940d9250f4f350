using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Runc.Libcontainer.Spec;

/// <summary>The few facts about the host that validation and the default spec need, read without native calls:
/// path resolution, namespace identity, cgroup v2, effective ids.</summary>
internal static class HostPaths
{
    /// <summary>Go's filepath.Clean: no "." or empty parts, ".." folded, no trailing slash; "" is ".".</summary>
    internal static string CleanPath(string path)
    {
        bool rooted = path.StartsWith('/');
        var parts = new List<string>();
        foreach (string part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }
            if (part == "..")
            {
                if (parts.Count > 0 && parts[^1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else if (!rooted)
                {
                    parts.Add("..");
                }
                continue;
            }
            parts.Add(part);
        }
        string joined = string.Join('/', parts);
        return rooted ? "/" + joined : joined.Length == 0 ? "." : joined;
    }

    /// <summary>realpath(3): the absolute path with every symlink resolved, or null when a component does not
    /// exist, cannot be looked at, or links loop.</summary>
    internal static string? RealPath(string path)
    {
        var pending = new Stack<string>(Enumerable.Reverse(path.Split('/', StringSplitOptions.RemoveEmptyEntries)));
        string current = "/";
        int links = 0;
        while (pending.Count > 0)
        {
            string part = pending.Pop();
            if (part == ".")
            {
                continue;
            }
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? "/";
                continue;
            }
            string next = current == "/" ? "/" + part : current + "/" + part;
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }
            if (target is null)
            {
                if (!Path.Exists(next))
                {
                    return null;
                }
                current = next;
                continue;
            }
            if (++links > 40)
            {
                return null;
            }
            if (target.StartsWith('/'))
            {
                current = "/";
            }
            foreach (string t in Enumerable.Reverse(target.Split('/', StringSplitOptions.RemoveEmptyEntries)))
            {
                pending.Push(t);
            }
        }
        return current;
    }

    /// <summary>Whether a network namespace path names the namespace this process runs in (runc compares stat's
    /// device and inode). The identity ("net:[4026531840]") comes from the magic link, or from mountinfo for a
    /// bind-mounted nsfs file; a path that is neither is taken as not the host's.</summary>
    internal static bool IsHostNetworkNamespace(string path)
    {
        string? self = NamespaceId("/proc/self/ns/net");
        string? other = NamespaceId(path);
        return self is not null && other is not null && self == other;
    }

    private static string? NamespaceId(string path)
    {
        try
        {
            string? target = new FileInfo(path).LinkTarget;
            if (target is not null)
            {
                if (target.Contains(":[", StringComparison.Ordinal))
                {
                    return target;
                }
                string resolved = RealPath(path) ?? path;
                return resolved == path ? null : NamespaceId(resolved);
            }
            string mountPoint = RealPath(path) ?? path;
            string? id = null;
            foreach (string[] fields in MountInfo())
            {
                if (fields[4] == mountPoint && FsType(fields) == "nsfs")
                {
                    id = fields[3];
                }
            }
            return id;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether /sys/fs/cgroup is a cgroup2 mount. runc asks statfs(2), which sees the last mount made
    /// there.</summary>
    internal static bool IsCgroup2UnifiedMode()
    {
        string? type = null;
        try
        {
            foreach (string[] fields in MountInfo())
            {
                if (fields[4] == "/sys/fs/cgroup")
                {
                    type = FsType(fields);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        return type == "cgroup2";
    }

    /// <summary>The effective uid ("Uid:") or gid ("Gid:") of this process, from /proc/self/status
    /// ("Uid:\treal\teffective\tsaved\tfs").</summary>
    internal static uint EffectiveId(string field)
    {
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                string[] parts = line.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
                return uint.Parse(parts[2], CultureInfo.InvariantCulture);
            }
        }
        throw new InvalidOperationException($"/proc/self/status has no {field} line");
    }

    /// <summary>/proc/self/mountinfo lines split on spaces, with the mount point (field 4) unescaped.</summary>
    private static IEnumerable<string[]> MountInfo()
    {
        foreach (string line in File.ReadLines("/proc/self/mountinfo"))
        {
            string[] fields = line.Split(' ');
            if (fields.Length > 6)
            {
                fields[4] = Unescape(fields[4]);
                yield return fields;
            }
        }
    }

    /// <summary>The filesystem type: the field after the "-" that ends the optional fields.</summary>
    private static string? FsType(string[] fields)
    {
        int dash = Array.IndexOf(fields, "-", 6);
        return dash > 0 && dash + 1 < fields.Length ? fields[dash + 1] : null;
    }

    /// <summary>mountinfo writes space, tab, newline and backslash in paths as \ooo.</summary>
    private static string Unescape(string s)
    {
        if (!s.Contains('\\'))
        {
            return s;
        }
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 3 < s.Length && IsOctalDigit(s[i + 1]) && IsOctalDigit(s[i + 2]) && IsOctalDigit(s[i + 3]))
            {
                sb.Append((char)((s[i + 1] - '0') * 64 + (s[i + 2] - '0') * 8 + (s[i + 3] - '0')));
                i += 3;
            }
            else
            {
                sb.Append(s[i]);
            }
        }
        return sb.ToString();
    }

    private static bool IsOctalDigit(char c) => c is >= '0' and <= '7';
}
