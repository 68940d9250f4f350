using System.Collections.Generic;
using Runc.Libcontainer.Cgroups;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Rootfs;

/// <summary>
/// A "cgroup" config mount, as runc builds it. cgroup v1: a tmpfs at the destination holding one
/// bind mount of the container's cgroup per hierarchy ("cpu,cpuacct", "memory"…) and symlinks for
/// co-mounted controllers ("cpu" → "cpu,cpuacct"). cgroup v2: a fresh cgroup2 mount in a cgroup
/// namespace, else a bind mount of the container's cgroup directory.
/// </summary>
public static class CgroupMount
{
    public static void Apply(InRootPath root, Mount m, IReadOnlyList<CgroupMountEntry> entries, bool cgroupNamespace)
    {
        var opts = MountOptions.Parse(m.Options);
        ulong perMount = opts.Flags & (Libc.MS_NOSUID | Libc.MS_NODEV | Libc.MS_NOEXEC | Libc.MS_RELATIME | Libc.MS_NOATIME | Libc.MS_STRICTATIME);
        bool readOnly = (opts.Flags & Libc.MS_RDONLY) != 0;
        using var dest = root.OpenOrCreate(m.Destination, directory: true);
        string destPath = InRootPath.FdPath(dest);

        if (entries.Count == 1 && entries[0].FsType == "cgroup2")
        {
            int rc = cgroupNamespace
                ? Libc.mount("cgroup2", destPath, "cgroup2", perMount | (readOnly ? Libc.MS_RDONLY : 0), null)
                : Libc.mount(entries[0].Source, destPath, "bind", Libc.MS_BIND | Libc.MS_REC, null);
            Check(rc, m);
            if (!cgroupNamespace)
                SetAttrs(root, m.Destination, perMount | (readOnly ? Libc.MS_RDONLY : 0), m);
            return;
        }

        Check(Libc.mount("tmpfs", destPath, "tmpfs", perMount, "mode=755"), m);
        foreach (var e in entries)
        {
            string sub = m.Destination.TrimEnd('/') + "/" + e.Name;
            using (var target = root.OpenOrCreate(sub, directory: true))
            {
                int rc = cgroupNamespace
                    ? Libc.mount("cgroup", InRootPath.FdPath(target), "cgroup", perMount, e.Options)
                    : Libc.mount(e.Source, InRootPath.FdPath(target), "bind", Libc.MS_BIND | Libc.MS_REC, null);
                Check(rc, m);
            }
            SetAttrs(root, sub, perMount | (readOnly ? Libc.MS_RDONLY : 0), m);
            using var dir = root.Open(m.Destination, Libc.O_PATH | Libc.O_DIRECTORY);
            foreach (string link in e.Symlinks)
            {
                if (Libc.symlinkat(e.Name, dir.Fd, link) != 0 && Errno.Last != Errno.EEXIST)
                    throw new SyscallException("symlink", sub, Errno.Last);
            }
        }
        if (readOnly)
            SetAttrs(root, m.Destination, Libc.MS_RDONLY, m);
    }

    private static unsafe void SetAttrs(InRootPath root, string path, ulong msFlags, Mount m)
    {
        ulong set = MountApplier.ToAttrs(msFlags);
        if (set == 0)
            return;
        using var top = root.Open(path, Libc.O_PATH | Libc.O_DIRECTORY);
        var attr = new MountAttr { AttrSet = set };
        if (Libc.mount_setattr(top.Fd, "", (uint)Libc.AT_EMPTY_PATH, &attr, (nuint)sizeof(MountAttr)) != 0)
            Check(-1, m);
    }

    private static void Check(int rc, Mount m)
    {
        if (rc != 0)
            throw new RuntimeError($"error mounting \"{m.Source}\" to rootfs at \"{m.Destination}\": {SyscallException.Describe(Errno.Last)}");
    }
}
