using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Rootfs;

/// <summary>Makes the prepared rootfs the process's "/": pivot_root(2), or MS_MOVE + chroot with --no-pivot.</summary>
public static class RootSwitcher
{
    /// <summary>
    /// runc's pivot_root without a put_old directory: pivot_root(".", ".") stacks the old root under
    /// the new one, which is then made rslave (so that unmounting it cannot propagate to the host)
    /// and lazily unmounted.
    /// </summary>
    public static void PivotRoot(string rootfs)
    {
        using var oldRoot = new SafeFd(Errno.Check(Libc.open("/", Libc.O_DIRECTORY | Libc.O_RDONLY | Libc.O_CLOEXEC, 0), "open", "/"));
        using var newRoot = new SafeFd(Errno.Check(Libc.open(rootfs, Libc.O_DIRECTORY | Libc.O_RDONLY | Libc.O_CLOEXEC, 0), "open", rootfs));
        Errno.Check(Libc.fchdir(newRoot.Fd), "chdir", rootfs);
        if (Libc.pivot_root(".", ".") != 0)
            throw new RuntimeError($"pivot_root {rootfs}: {SyscallException.Describe(Errno.Last)}");
        Errno.Check(Libc.fchdir(oldRoot.Fd), "chdir", "old root");
        Errno.Check(Libc.mount(null, ".", null, Libc.MS_SLAVE | Libc.MS_REC, null), "make old root rslave");
        Errno.Check(Libc.umount2(".", Libc.MNT_DETACH), "unmount old root");
        Errno.Check(Libc.chdir("/"), "chdir", "/");
    }

    /// <summary>--no-pivot: move the rootfs mount over "/" and chroot into it (for ramfs roots).</summary>
    public static void MoveRoot(string rootfs)
    {
        Errno.Check(Libc.chdir(rootfs), "chdir", rootfs);
        Errno.Check(Libc.mount(rootfs, "/", null, Libc.MS_MOVE, null), "move rootfs", rootfs);
        Errno.Check(Libc.chroot("."), "chroot", rootfs);
        Errno.Check(Libc.chdir("/"), "chdir", "/");
    }
}
