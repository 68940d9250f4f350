using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Cgroups;

/// <summary>Reading and writing cgroupfs files: one open+write per value, errors in runc's wording
/// (<c>failed to write "100": write /sys/fs/cgroup/pids/x/pids.max: invalid argument</c>).</summary>
public static class CgroupFile
{
    public static void Write(string dir, string file, string value)
    {
        string path = dir + "/" + file;
        int fd = Libc.open(path, Libc.O_WRONLY | Libc.O_TRUNC | Libc.O_CLOEXEC, 0);
        if (fd < 0)
        {
            int errno = Errno.Last;
            throw new CgroupError($"failed to write \"{value}\": open {path}: {SyscallException.Describe(errno)}", errno);
        }
        try
        {
            byte[] bytes = Encoding.UTF8.GetBytes(value);
            unsafe
            {
                fixed (byte* p = bytes)
                {
                    if (Libc.write(fd, p, bytes.Length) < 0)
                    {
                        int errno = Errno.Last;
                        throw new CgroupError($"failed to write \"{value}\": write {path}: {SyscallException.Describe(errno)}", errno);
                    }
                }
            }
        }
        finally
        {
            Libc.close(fd);
        }
    }

    public static void Write(string dir, string file, long value) => Write(dir, file, value.ToString(CultureInfo.InvariantCulture));

    public static void Write(string dir, string file, ulong value) => Write(dir, file, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>The file's text without the trailing newline; throws when it cannot be read.</summary>
    public static string Read(string dir, string file)
    {
        string path = dir + "/" + file;
        string? s = FileIo.TryReadAllText(path) ?? throw new CgroupError($"open {path}: no such file or directory");
        return s.TrimEnd('\n');
    }

    /// <summary>The file's text, or null when it does not exist.</summary>
    public static string? TryRead(string dir, string file) => FileIo.TryReadAllText(dir + "/" + file)?.TrimEnd('\n');

    public static bool Exists(string dir, string file) => File.Exists(dir + "/" + file);

    /// <summary>A single unsigned value; "max" (v2) reads as ulong.MaxValue; a missing file reads as 0.</summary>
    public static ulong ReadUInt(string dir, string file)
    {
        string? s = TryRead(dir, file);
        if (string.IsNullOrEmpty(s))
            return 0;
        return ParseUInt(s.Trim());
    }

    public static ulong ParseUInt(string s)
    {
        if (s == "max")
            return ulong.MaxValue;
        if (ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out ulong v))
            return v;
        // A negative value (v1 -1 for "unlimited" in some files) counts as no limit.
        if (long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l) && l < 0)
            return 0;
        return 0;
    }

    /// <summary>"key value" lines (memory.stat, cpu.stat, memory.events).</summary>
    public static Dictionary<string, ulong> ReadKeyValues(string dir, string file)
    {
        var map = new Dictionary<string, ulong>();
        string? s = TryRead(dir, file);
        if (s is null)
            return map;
        foreach (string line in s.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int sp = line.IndexOf(' ');
            if (sp <= 0)
                continue;
            map[line[..sp]] = ParseUInt(line[(sp + 1)..].Trim());
        }
        return map;
    }

    /// <summary>Pids listed in a cgroup.procs file (none when the cgroup is gone).</summary>
    public static List<int> ReadPids(string dir)
    {
        var pids = new List<int>();
        string? s = FileIo.TryReadAllText(dir + "/cgroup.procs");
        if (s is null)
            return pids;
        foreach (string line in s.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
                pids.Add(pid);
        }
        return pids;
    }

    /// <summary>Pids of <paramref name="dir"/> and every cgroup below it.</summary>
    public static void ReadPidsRecursive(string dir, List<int> into)
    {
        into.AddRange(ReadPids(dir));
        foreach (string sub in SubDirectories(dir))
            ReadPidsRecursive(sub, into);
    }

    /// <summary>mkdir -p, returning the directories this call made (outermost first).</summary>
    public static void MakeDirs(string path, List<string>? made)
    {
        // mkdir first, the parents only when it reports ENOENT: no stat per level.
        if (Libc.mkdirat(Libc.AT_FDCWD, path, 0x1ed /* 0755 */) != 0)
        {
            int errno = Errno.Last;
            if (errno == Errno.EEXIST)
                return;
            string? parent = Path.GetDirectoryName(path);
            if (errno != Errno.ENOENT || parent is null || parent == path)
                throw new CgroupError($"mkdir {path}: {SyscallException.Describe(errno)}", errno);
            MakeDirs(parent, made);
            if (Libc.mkdirat(Libc.AT_FDCWD, path, 0x1ed /* 0755 */) != 0)
            {
                errno = Errno.Last;
                if (errno == Errno.EEXIST)
                    return;
                throw new CgroupError($"mkdir {path}: {SyscallException.Describe(errno)}", errno);
            }
        }
        made?.Add(path);
    }

    /// <summary>
    /// Removes a cgroup directory and the cgroups below it (deepest first), as runc's RemovePath:
    /// rmdir is retried for a while when the kernel still reports it busy (dying tasks).
    /// </summary>
    public static void RemoveTree(string path)
    {
        // The usual cgroup has no children: one rmdir, without listing the directory first.
        if (Libc.unlinkat(Libc.AT_FDCWD, path, Libc.AT_REMOVEDIR) == 0 || Errno.Last == Errno.ENOENT)
            return;
        foreach (string sub in SubDirectories(path))
            RemoveTree(sub);
        int delay = 1;
        for (int attempt = 0; ; attempt++)
        {
            if (Libc.unlinkat(Libc.AT_FDCWD, path, Libc.AT_REMOVEDIR) == 0)
                return;
            int errno = Errno.Last;
            if (errno == Errno.ENOENT)
                return;
            if (errno != Errno.EBUSY || attempt >= 12)
                throw new CgroupError($"rmdir {path}: {SyscallException.Describe(errno)}");
            System.Threading.Thread.Sleep(delay);
            delay = Math.Min(delay * 2, 200);
        }
    }

    /// <summary>The child cgroups of <paramref name="dir"/>; none when it is gone (it may go at any time).</summary>
    private static string[] SubDirectories(string dir)
    {
        try
        {
            return Directory.GetDirectories(dir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Array.Empty<string>();
        }
    }

    /// <summary>Moves <paramref name="pid"/> into the cgroup at <paramref name="dir"/> (cgroup.procs).</summary>
    public static void AddPid(string dir, int pid)
    {
        Write(dir, "cgroup.procs", pid.ToString(CultureInfo.InvariantCulture));
    }
}
