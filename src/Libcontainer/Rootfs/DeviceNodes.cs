using System.Collections.Generic;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Rootfs;

/// <summary>
/// /dev inside a container whose /dev is not a bind mount: the default nodes runc always makes
/// (null, zero, full, random, urandom, tty) and linux.devices, then /dev/ptmx and the
/// /dev/fd, stdin, stdout, stderr (and core) symlinks. In a user namespace, where mknod is not
/// allowed, each node is a bind mount of the host's.
/// </summary>
public static class DeviceNodes
{
    public static readonly (string Path, uint Major, uint Minor)[] Defaults =
    {
        ("/dev/null", 1, 3),
        ("/dev/random", 1, 8),
        ("/dev/full", 1, 7),
        ("/dev/tty", 5, 0),
        ("/dev/zero", 1, 5),
        ("/dev/urandom", 1, 9),
    };

    public static void Create(InRootPath root, IReadOnlyList<LinuxDevice>? devices, bool bindFromHost)
    {
        var done = new HashSet<string>();
        if (devices is not null)
        {
            foreach (var d in devices)
            {
                string path = InRootPath.Clean(d.Path);
                if (!done.Add(path))
                    continue;
                uint type = d.Type switch
                {
                    "c" or "u" => Libc.S_IFCHR,
                    "b" => Libc.S_IFBLK,
                    "p" => Libc.S_IFIFO,
                    _ => throw new RuntimeError($"linux.devices: {d.Path}: unknown device type \"{d.Type}\""),
                };
                uint mode = (d.FileMode ?? 0x1b6 /* 0666 */) & 0xfff;
                MakeNode(root, path, type, mode, (uint)d.Major, (uint)d.Minor, d.Uid ?? 0, d.Gid ?? 0, bindFromHost);
            }
        }
        foreach (var (path, major, minor) in Defaults)
        {
            if (done.Add(path))
                MakeNode(root, path, Libc.S_IFCHR, 0x1b6, major, minor, 0, 0, bindFromHost);
        }
    }

    /// <summary>/dev/ptmx → pts/ptmx, and the standard /dev symlinks.</summary>
    public static void CreateSymlinks(InRootPath root, bool hostHasKcore)
    {
        using var dev = root.OpenOrCreate("/dev", directory: true);
        Libc.unlinkat(dev.Fd, "ptmx", 0);
        Symlink(dev, "pts/ptmx", "ptmx");
        Symlink(dev, "/proc/self/fd", "fd");
        Symlink(dev, "/proc/self/fd/0", "stdin");
        Symlink(dev, "/proc/self/fd/1", "stdout");
        Symlink(dev, "/proc/self/fd/2", "stderr");
        if (hostHasKcore)
            Symlink(dev, "/proc/kcore", "core");
    }

    private static void Symlink(SafeFd dir, string target, string name)
    {
        if (Libc.symlinkat(target, dir.Fd, name) != 0 && Errno.Last != Errno.EEXIST)
            throw new SyscallException("symlink", "/dev/" + name, Errno.Last);
    }

    private static void MakeNode(InRootPath root, string path, uint type, uint mode, uint major, uint minor, uint uid, uint gid, bool bindFromHost)
    {
        int slash = path.LastIndexOf('/');
        string parent = slash <= 0 ? "/" : path[..slash];
        string name = path[(slash + 1)..];
        using var dir = root.OpenOrCreate(parent, directory: true);
        if (bindFromHost)
        {
            using var target = root.OpenOrCreate(path, directory: false);
            if (Libc.mount(path, InRootPath.FdPath(target), "bind", Libc.MS_BIND, null) != 0)
                throw new SyscallException("bind mount device", path, Errno.Last);
            return;
        }
        Libc.unlinkat(dir.Fd, name, 0);
        if (Libc.mknodat(dir.Fd, name, type | mode, MakeDev(major, minor)) != 0)
        {
            // Something the config mounted there (runc leaves it too; masking never trusts it).
            if (Errno.Last == Errno.EEXIST)
                return;
            throw new SyscallException("mknod", path, Errno.Last);
        }
        // mknod is subject to the umask: set the mode and owner the config asked for.
        Errno.Check(Libc.fchownat(dir.Fd, name, uid, gid, Libc.AT_SYMLINK_NOFOLLOW), "chown", path);
        Errno.Check(Libc.fchmodat(dir.Fd, name, mode, 0), "chmod", path);
    }

    /// <summary>glibc's makedev(3).</summary>
    public static ulong MakeDev(uint major, uint minor) =>
        ((ulong)(major & 0xfffff000) << 32) | ((ulong)(major & 0xfff) << 8) |
        ((ulong)(minor & 0xffffff00) << 12) | (minor & 0xff);
}
