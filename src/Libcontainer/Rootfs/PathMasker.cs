using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Rootfs;

/// <summary>
/// linux.maskedPaths and linux.readonlyPaths. Masking binds /dev/null (the container's, or else
/// the host's, opened without following links and checked to be the 1:3 character device) over a file, or mounts an empty read-only tmpfs over a
/// directory; the target is resolved inside the rootfs without following a symlink at its last
/// component, so a /dev/null or a masked path swapped for a symlink cannot redirect the mount
/// (CVE-2025-31133-style). Missing paths are skipped, as runc does.
/// </summary>
public sealed class PathMasker
{
    private readonly InRootPath _root;
    private readonly SafeFd _devNull;

    public PathMasker(InRootPath root)
    {
        _root = root;
        // The container's own /dev/null when it is the real null device (as runc binds it), else
        // the host's: never a node, file or symlink that merely has the name.
        SafeFd? inRoot;
        try
        {
            inRoot = OpenNoFollow("/dev/null");
        }
        catch (RuntimeError)
        {
            inRoot = null; // a symlink
        }
        using var _ = inRoot;
        _devNull = inRoot is not null && IsNullDevice(inRoot)
            ? new SafeFd(Errno.Check(Libc.fcntl(inRoot.Fd, Libc.F_DUPFD_CLOEXEC, 3), "dup", "/dev/null"))
            : new SafeFd(Errno.Check(Libc.open("/dev/null", Libc.O_PATH | Libc.O_NOFOLLOW | Libc.O_CLOEXEC, 0), "open", "/dev/null"));
        if (!IsNullDevice(_devNull))
            throw new RuntimeError("/dev/null is not the null device");
    }

    private static bool IsNullDevice(SafeFd fd) =>
        Libc.statx(fd.Fd, "", Libc.AT_EMPTY_PATH, StatX.STATX_TYPE, out StatX st) == 0 &&
        st.FileType == Libc.S_IFCHR && st.RdevMajor == 1 && st.RdevMinor == 3;

    public void Mask(string path)
    {
        using var target = OpenNoFollow(path);
        if (target is null)
            return;
        if (Libc.statx(target.Fd, "", Libc.AT_EMPTY_PATH, StatX.STATX_TYPE, out StatX st) != 0)
            throw new SyscallException("stat", path, Errno.Last);
        string at = InRootPath.FdPath(target);
        int rc = st.IsDirectory
            ? Libc.mount("tmpfs", at, "tmpfs", Libc.MS_RDONLY, null)
            : Libc.mount(InRootPath.FdPath(_devNull), at, null, Libc.MS_BIND, null);
        if (rc != 0)
            throw new RuntimeError($"unable to mask {path}: {SyscallException.Describe(Errno.Last)}");
    }

    public void MakeReadonly(string path)
    {
        using var target = OpenNoFollow(path);
        if (target is null)
            return;
        string at = InRootPath.FdPath(target);
        if (Libc.mount(at, at, null, Libc.MS_BIND | Libc.MS_REC, null) != 0)
            throw new RuntimeError($"unable to make {path} read-only: {SyscallException.Describe(Errno.Last)}");
        // Reopen: the fd still points below the new bind mount.
        using var top = OpenNoFollow(path) ?? throw new RuntimeError($"unable to make {path} read-only: it vanished");
        unsafe
        {
            var attr = new MountAttr { AttrSet = Libc.MOUNT_ATTR_RDONLY };
            if (Libc.mount_setattr(top.Fd, "", (uint)(Libc.AT_EMPTY_PATH | Libc.AT_RECURSIVE), &attr, (nuint)sizeof(MountAttr)) != 0)
                throw new RuntimeError($"unable to make {path} read-only: {SyscallException.Describe(Errno.Last)}");
        }
    }

    /// <summary>Resolves the parent inside the root, then opens the last component without following it.</summary>
    private SafeFd? OpenNoFollow(string path)
    {
        string clean = InRootPath.Clean(path);
        if (clean == "/")
            return _root.Open("/");
        int slash = clean.LastIndexOf('/');
        using var parent = _root.TryOpen(slash == 0 ? "/" : clean[..slash], Libc.O_PATH | Libc.O_DIRECTORY);
        if (parent is null)
            return null;
        int fd = Libc.openat(parent.Fd, clean[(slash + 1)..], Libc.O_PATH | Libc.O_NOFOLLOW | Libc.O_CLOEXEC, 0);
        if (fd < 0)
        {
            int errno = Errno.Last;
            if (errno == Errno.ENOENT)
                return null;
            throw new SyscallException("open", path, errno);
        }
        var handle = new SafeFd(fd);
        if (Libc.statx(fd, "", Libc.AT_EMPTY_PATH, StatX.STATX_TYPE, out StatX st) == 0 && st.IsSymlink)
        {
            handle.Dispose();
            throw new RuntimeError($"refusing to mask or remount {path}: it is a symlink");
        }
        return handle;
    }
}
