using System;
using System.IO;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Rootfs;

/// <summary>
/// Performs one config mount inside the rootfs: resolves (and creates) the destination in the
/// root, mounts onto the resolved fd through the host's /proc/self/fd, then applies the
/// read-only remount, recursive attributes and propagation the options ask for.
/// </summary>
public sealed unsafe class MountApplier
{
    private readonly InRootPath _root;
    private readonly string _bundle;
    private readonly string? _mountLabel;

    /// <param name="mountLabel">linux.mountLabel: a context= option with SELinux, else ignored (runc).</param>
    public MountApplier(InRootPath root, string bundle, string? mountLabel = null)
    {
        _mountLabel = mountLabel;
        _root = root;
        _bundle = bundle;
    }

    public void Apply(Mount m)
    {
        var opts = MountOptions.Parse(m.Options);
        string type = m.Type ?? "";
        bool bind = opts.IsBind || type == "bind";
        if (bind)
            ApplyBind(m, opts);
        else
            ApplyFilesystem(m, type, opts);
    }

    private void ApplyBind(Mount m, MountOptions opts)
    {
        string source = m.Source ?? throw new RuntimeError($"mount {m.Destination}: bind mount without a source");
        if (!source.StartsWith('/'))
            source = Path.Combine(_bundle, source);
        if (Libc.statx(Libc.AT_FDCWD, source, 0, StatX.STATX_TYPE, out StatX st) != 0)
            throw new RuntimeError($"error mounting \"{m.Source}\" to rootfs at \"{m.Destination}\": stat {source}: {SyscallException.Describe(Errno.Last)}");
        using (var target = _root.OpenOrCreate(m.Destination, directory: st.IsDirectory))
        {
            ProcMountCheck.Check(_root, target, source, m);
            ulong flags = Libc.MS_BIND | (opts.Flags & Libc.MS_REC);
            Check(Libc.mount(source, InRootPath.FdPath(target), "bind", flags, null), m);
        }
        // The fd above points below the new mount: what follows acts on the mount itself.
        using var mounted = _root.Open(m.Destination);

        // A bind mount takes its per-mount flags only from a remount; mount_setattr changes just the
        // attributes asked for, so flags the kernel locked (in a user namespace) stay as they are.
        ulong set = ToAttrs(opts.Flags), clr = 0;
        if ((opts.Flags & (Libc.MS_NOATIME | Libc.MS_STRICTATIME | Libc.MS_RELATIME)) != 0)
            clr |= Libc.MOUNT_ATTR__ATIME;
        if (set != 0 || clr != 0)
            SetAttr(mounted, set, clr, recursive: false, m);
        ApplyRecursiveAttrsAndPropagation(mounted, opts, m);
    }

    private void ApplyFilesystem(Mount m, string type, MountOptions opts)
    {
        if (type.Length == 0)
            throw new RuntimeError($"mount {m.Destination}: no type");
        using (var target = _root.OpenOrCreate(m.Destination, directory: true))
        {
            if (Libc.statx(target.Fd, "", Libc.AT_EMPTY_PATH, StatX.STATX_TYPE, out StatX st) == 0 && !st.IsDirectory)
                throw new RuntimeError($"error mounting \"{m.Source}\" to rootfs at \"{m.Destination}\": not a directory");
            if (type is not ("proc" or "sysfs" or "tmpfs" or "mqueue" or "cgroup" or "cgroup2"))
                ProcMountCheck.Check(_root, target, m.Source, m);
            ulong flags = opts.Flags & ~(Libc.MS_REC | Libc.MS_BIND);
            string? data = opts.Data.Length > 0 ? opts.Data : null;
            if (type is not ("proc" or "sysfs" or "mqueue" or "cgroup" or "cgroup2"))
                data = Lsm.SELinux.FormatMountLabel(data, _mountLabel);
            if (opts.TmpCopyUp && type == "tmpfs")
                TmpfsCopyUp.Mount(m, target, flags, data);
            else
                Check(Libc.mount(m.Source ?? type, InRootPath.FdPath(target), type, flags, data), m);
        }
        if (opts.RecAttrSet != 0 || opts.RecAttrClr != 0 || opts.Propagation.Count > 0)
        {
            using var mounted = _root.Open(m.Destination);
            ApplyRecursiveAttrsAndPropagation(mounted, opts, m);
        }
    }

    private static void ApplyRecursiveAttrsAndPropagation(SafeFd target, MountOptions opts, Mount m)
    {
        if (opts.RecAttrSet != 0 || opts.RecAttrClr != 0)
            SetAttr(target, opts.RecAttrSet, opts.RecAttrClr, recursive: true, m);
        foreach (ulong p in opts.Propagation)
            Check(Libc.mount(null, InRootPath.FdPath(target), null, p, null), m);
    }

    private static void SetAttr(SafeFd target, ulong set, ulong clr, bool recursive, Mount m)
    {
        var attr = new MountAttr { AttrSet = set, AttrClr = clr };
        uint flags = (uint)Libc.AT_EMPTY_PATH | (recursive ? (uint)Libc.AT_RECURSIVE : 0);
        if (Libc.mount_setattr(target.Fd, "", flags, &attr, (nuint)sizeof(MountAttr)) != 0)
            throw new RuntimeError($"error mounting \"{m.Source}\" to rootfs at \"{m.Destination}\": mount_setattr: {SyscallException.Describe(Errno.Last)}");
    }

    /// <summary>MS_* per-mount flags as MOUNT_ATTR_* bits.</summary>
    public static ulong ToAttrs(ulong msFlags)
    {
        ulong a = 0;
        if ((msFlags & Libc.MS_RDONLY) != 0) a |= Libc.MOUNT_ATTR_RDONLY;
        if ((msFlags & Libc.MS_NOSUID) != 0) a |= Libc.MOUNT_ATTR_NOSUID;
        if ((msFlags & Libc.MS_NODEV) != 0) a |= Libc.MOUNT_ATTR_NODEV;
        if ((msFlags & Libc.MS_NOEXEC) != 0) a |= Libc.MOUNT_ATTR_NOEXEC;
        if ((msFlags & Libc.MS_NODIRATIME) != 0) a |= Libc.MOUNT_ATTR_NODIRATIME;
        if ((msFlags & Libc.MS_NOSYMFOLLOW) != 0) a |= Libc.MOUNT_ATTR_NOSYMFOLLOW;
        if ((msFlags & Libc.MS_NOATIME) != 0) a |= Libc.MOUNT_ATTR_NOATIME;
        else if ((msFlags & Libc.MS_STRICTATIME) != 0) a |= Libc.MOUNT_ATTR_STRICTATIME;
        return a;
    }

    private static void Check(int rc, Mount m)
    {
        if (rc != 0)
            throw new RuntimeError($"error mounting \"{m.Source}\" to rootfs at \"{m.Destination}\": {SyscallException.Describe(Errno.Last)}");
    }
}
