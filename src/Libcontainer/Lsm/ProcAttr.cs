using System;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Lsm;

/// <summary>
/// Writes to /proc/thread-self/attr/… (LSM exec labels) through a procfs the container cannot
/// have tampered with (CVE-2025-52881): the host's, opened before pivot_root, or a fresh private
/// instance (fsopen/fsmount, never attached anywhere). The file is opened without following a
/// final symlink and must live on procfs.
/// </summary>
public static unsafe class ProcAttr
{
    /// <summary>A private procfs for a process already inside the container's mount namespace (exec).</summary>
    public static SafeFd OpenPrivateProc()
    {
        int ctx = Libc.fsopen("proc", Libc.FSOPEN_CLOEXEC);
        if (ctx >= 0)
        {
            using var context = new SafeFd(ctx);
            if (Libc.fsconfig(ctx, Libc.FSCONFIG_CMD_CREATE, null, null, 0) == 0)
            {
                int mnt = Libc.fsmount(ctx, Libc.FSMOUNT_CLOEXEC, (uint)(Libc.MOUNT_ATTR_NOSUID | Libc.MOUNT_ATTR_NODEV | Libc.MOUNT_ATTR_NOEXEC));
                if (mnt >= 0)
                    return new SafeFd(mnt);
            }
        }
        // No new mount API or no right to mount proc here: the namespace's /proc, if it is procfs.
        var fd = new SafeFd(Errno.Check(Libc.open("/proc", Libc.O_PATH | Libc.O_DIRECTORY | Libc.O_CLOEXEC, 0), "open", "/proc"));
        RequireProcfs(fd.Fd, "/proc");
        return fd;
    }

    /// <summary>Writes <paramref name="value"/> to thread-self/&lt;path&gt; under <paramref name="proc"/>; the error names /proc/self/&lt;path&gt; as runc's do.</summary>
    public static void Write(SafeFd proc, string path, string value)
    {
        string shown = "/proc/self/" + path;
        int fd = Libc.openat(proc.Fd, "thread-self/" + path, Libc.O_WRONLY | Libc.O_NOFOLLOW | Libc.O_CLOEXEC, 0);
        if (fd < 0)
            throw new RuntimeError($"open {shown}: {SyscallException.Describe(Errno.Last)}");
        using var file = new SafeFd(fd);
        RequireProcfs(fd, shown);
        byte[] data = System.Text.Encoding.UTF8.GetBytes(value);
        fixed (byte* p = data)
        {
            if (Libc.write(fd, p, data.Length) < 0)
                throw new RuntimeError($"write {shown}: {SyscallException.Describe(Errno.Last)}");
        }
    }

    /// <summary>Whether thread-self/&lt;path&gt; exists under <paramref name="proc"/>.</summary>
    public static bool Exists(SafeFd proc, string path)
    {
        int fd = Libc.openat(proc.Fd, "thread-self/" + path, Libc.O_PATH | Libc.O_CLOEXEC, 0);
        if (fd < 0)
            return false;
        Libc.close(fd);
        return true;
    }

    private static void RequireProcfs(int fd, string shown)
    {
        byte* buf = stackalloc byte[128];
        if (Libc.fstatfs(fd, buf) != 0)
            throw new RuntimeError($"statfs {shown}: {SyscallException.Describe(Errno.Last)}");
        if (*(long*)buf != Libc.PROC_SUPER_MAGIC)
            throw new RuntimeError($"{shown} is not on procfs");
    }
}
