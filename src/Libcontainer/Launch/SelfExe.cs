using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Launch;

/// <summary>
/// Our own binary, opened so that the init can be executed from it without a path the container
/// can reach or write (CVE-2019-5736). The first choice is a private read-only bind mount of
/// /proc/self/exe (open_tree OPEN_TREE_CLONE, then mount_setattr MOUNT_ATTR_RDONLY): the mount is
/// attached nowhere, costs two syscalls and shares page cache with the binary, so every waiting
/// init shares the same text pages. A write through /proc/&lt;pid&gt;/exe then fails with EROFS.
/// Without the privilege for that (rootless), a sealed memfd copy, like runc 1.1's.
/// </summary>
public static unsafe class SelfExe
{
    private const uint MFD_CLOEXEC = 1;
    private const uint MFD_ALLOW_SEALING = 2;
    private const int F_ADD_SEALS = 1033;
    private const int F_SEAL_SEAL = 1;
    private const int F_SEAL_SHRINK = 2;
    private const int F_SEAL_GROW = 4;
    private const int F_SEAL_WRITE = 8;

    public static SafeFd Open()
    {
        int fd = Libc.open_tree(Libc.AT_FDCWD, "/proc/self/exe", Libc.OPEN_TREE_CLONE | Libc.OPEN_TREE_CLOEXEC);
        if (fd >= 0)
        {
            var attr = new MountAttr { AttrSet = Libc.MOUNT_ATTR_RDONLY | Libc.MOUNT_ATTR_NODEV };
            if (Libc.mount_setattr(fd, "", (uint)Libc.AT_EMPTY_PATH, &attr, (nuint)sizeof(MountAttr)) == 0)
                return new SafeFd(fd);
            Libc.close(fd);
        }
        return SealedCopy();
    }

    private static SafeFd SealedCopy()
    {
        var memfd = new SafeFd(Errno.Check(Libc.memfd_create("runc_cloned:/proc/self/exe", MFD_CLOEXEC | MFD_ALLOW_SEALING), "memfd_create"));
        int src = Errno.Check(Libc.open("/proc/self/exe", Libc.O_RDONLY | Libc.O_CLOEXEC, 0), "open", "/proc/self/exe");
        try
        {
            while (true)
            {
                nint n = Libc.sendfile(memfd.Fd, src, null, 1 << 30);
                if (n < 0)
                    throw new SyscallException("sendfile", "/proc/self/exe", Errno.Last);
                if (n == 0)
                    break;
            }
        }
        finally
        {
            Libc.close(src);
        }
        Errno.Check(Libc.fcntl(memfd.Fd, F_ADD_SEALS, F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE), "seal", "memfd");
        return memfd;
    }
}
