using System;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Rootfs;

/// <summary>
/// runc's checkProcMount: a bind (or other non-tmpfs) mount may not land inside the container's
/// /proc, except on the few files lxcfs emulates; a mount on /proc itself must come from a procfs.
/// Checked on the destination as resolved inside the root, so a symlink cannot smuggle a mount
/// over /proc/self/attr/… or /proc/sys/… (where runc's and our own writes go).
/// </summary>
public static unsafe class ProcMountCheck
{
    private static readonly string[] Allowed =
    {
        "/proc/cpuinfo", "/proc/diskstats", "/proc/meminfo", "/proc/stat", "/proc/swaps", "/proc/uptime",
        "/proc/loadavg", "/proc/slabinfo", "/proc/net/dev", "/proc/sys/kernel/ns_last_pid",
    };

    /// <param name="target">The resolved destination (an fd below the root).</param>
    /// <param name="source">The mount's source (host path for a bind).</param>
    public static void Check(InRootPath root, SafeFd target, string? source, Spec.Mount m)
    {
        string? refusal = Refusal(root, target, source);
        if (refusal is not null)
            throw new RuntimeError($"error mounting \"{m.Source}\" to rootfs at \"{m.Destination}\": {refusal}");
    }

    private static string? Refusal(InRootPath root, SafeFd target, string? source)
    {
        string dest = ResolvedPath(target);
        string rootfs = root.HostPath.TrimEnd('/');
        string proc = rootfs + "/proc";
        if (dest != proc && !dest.StartsWith(proc + "/", StringComparison.Ordinal))
            return null;
        if (dest == proc)
            return string.IsNullOrEmpty(source) || IsProc(source) ? null : $"\"{dest}\" cannot be mounted because it is not of type proc";
        foreach (string allowed in Allowed)
        {
            if (dest == rootfs + allowed)
                return null;
        }
        return $"\"{dest}\" cannot be mounted because it is inside /proc";
    }

    private static string ResolvedPath(SafeFd fd)
    {
        byte* buf = stackalloc byte[4096];
        nint n = Libc.readlinkat(Libc.AT_FDCWD, InRootPath.FdPath(fd), buf, 4096);
        if (n < 0)
            throw new SyscallException("readlink", InRootPath.FdPath(fd), Errno.Last);
        return System.Text.Encoding.UTF8.GetString(buf, (int)n);
    }

    private static bool IsProc(string path)
    {
        int fd = Libc.open(path, Libc.O_PATH | Libc.O_CLOEXEC, 0);
        if (fd < 0)
            return false;
        using var f = new SafeFd(fd);
        byte* st = stackalloc byte[128];
        return Libc.fstatfs(fd, st) == 0 && *(long*)st == Libc.PROC_SUPER_MAGIC;
    }
}
