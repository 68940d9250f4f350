using System;
using System.Collections.Generic;
using Runc.Libcontainer.Cgroups;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Spec;
using OciSpec = Runc.Libcontainer.Spec.Spec;

namespace Runc.Libcontainer.Rootfs;

/// <summary>
/// Builds the container's filesystem view in the init's new mount namespace, in runc's order:
/// propagation of "/", the rootfs bound onto itself, every config mount, /dev nodes and
/// symlinks, the hooks that run here (a callback), masked and read-only paths, a read-only
/// rootfs, then pivot_root. Everything that mounts happens before pivot_root, while "/proc" is
/// still the host's, so no path the bundle controls is ever used to reach an fd (see
/// docs/ARCHITECTURE.md, "Rootfs").
/// </summary>
public sealed class RootfsBuilder
{
    private readonly OciSpec _spec;
    private readonly string _rootfs;
    private readonly string _bundle;
    private readonly IReadOnlyList<CgroupMountEntry> _cgroupMounts;
    private readonly bool _userNamespace;
    private readonly bool _cgroupNamespace;

    public RootfsBuilder(OciSpec spec, string rootfs, string bundle, IReadOnlyList<CgroupMountEntry>? cgroupMounts, bool userNamespace, bool cgroupNamespace)
    {
        _spec = spec;
        _rootfs = rootfs;
        _bundle = bundle;
        _cgroupMounts = cgroupMounts ?? Array.Empty<CgroupMountEntry>();
        _userNamespace = userNamespace;
        _cgroupNamespace = cgroupNamespace;
    }

    /// <param name="runHooks">Runs between the mounts and pivot_root (createRuntime, createContainer).</param>
    /// <param name="noPivot">--no-pivot: MS_MOVE + chroot instead of pivot_root.</param>
    public unsafe void Build(Action runHooks, bool noPivot)
    {
        string? propagation = _spec.Linux?.RootfsPropagation;
        ulong rootProp = Libc.MS_SLAVE | Libc.MS_REC;
        if (!string.IsNullOrEmpty(propagation))
            rootProp = MountOptions.ParsePropagation(propagation) ?? throw new RuntimeError($"linux.rootfsPropagation: unknown propagation \"{propagation}\"");
        Errno.Check(Libc.mount(null, "/", null, rootProp, null), "make / " + (propagation ?? "rslave"));
        Errno.Check(Libc.mount(_rootfs, _rootfs, "bind", Libc.MS_BIND | Libc.MS_REC, null), "bind mount rootfs", _rootfs);

        using var rootFd = new SafeFd(Errno.Check(Libc.open(_rootfs, Libc.O_PATH | Libc.O_DIRECTORY | Libc.O_CLOEXEC, 0), "open", _rootfs));
        var root = new InRootPath(rootFd, _rootfs);
        var applier = new MountApplier(root, _bundle, _spec.Linux?.MountLabel);

        bool setupDev = true;
        bool devReadonly = false;
        foreach (var m in _spec.Mounts ?? new List<Mount>())
        {
            string dest = InRootPath.Clean(m.Destination);
            var opts = MountOptions.Parse(m.Options);
            if (dest == "/dev")
            {
                if (opts.IsBind || m.Type == "bind")
                {
                    setupDev = false;
                }
                else if ((opts.Flags & Libc.MS_RDONLY) != 0)
                {
                    // The nodes are made after the mount: /dev turns read-only only then.
                    devReadonly = true;
                    m.Options = m.Options!.FindAll(o => o != "ro");
                }
            }
            if (m.Type == "cgroup")
                CgroupMount.Apply(root, m, _cgroupMounts, _cgroupNamespace);
            else
                applier.Apply(m);
        }

        if (setupDev)
        {
            DeviceNodes.Create(root, _spec.Linux?.Devices, bindFromHost: _userNamespace);
            DeviceNodes.CreateSymlinks(root, hostHasKcore: System.IO.File.Exists("/proc/kcore"));
            if (devReadonly)
                SetReadonly(root, "/dev", recursive: false);
        }

        runHooks();

        // runc creates a missing process.cwd (0755, root's) before the masks and the read-only root.
        // When that fails (a file in the way, a magic link), the chdir before execve reports it.
        if (_spec.Process?.Cwd is { Length: > 1 } cwd)
        {
            try
            {
                root.OpenOrCreate(cwd, directory: true).Dispose();
            }
            catch (Exception e) when (e is RuntimeError or SyscallException)
            {
            }
        }

        var masker = new PathMasker(root);
        foreach (string p in _spec.Linux?.ReadonlyPaths ?? new List<string>())
            masker.MakeReadonly(p);
        foreach (string p in _spec.Linux?.MaskedPaths ?? new List<string>())
            masker.Mask(p);

        if (_spec.Root?.Readonly == true)
            SetReadonly(root, "/", recursive: false);

        if (noPivot)
            RootSwitcher.MoveRoot(_rootfs);
        else
            RootSwitcher.PivotRoot(_rootfs);
    }

    private static unsafe void SetReadonly(InRootPath root, string path, bool recursive)
    {
        using var fd = root.Open(path, Libc.O_PATH | Libc.O_DIRECTORY);
        var attr = new MountAttr { AttrSet = Libc.MOUNT_ATTR_RDONLY };
        uint flags = (uint)Libc.AT_EMPTY_PATH | (recursive ? (uint)Libc.AT_RECURSIVE : 0);
        if (Libc.mount_setattr(fd.Fd, "", flags, &attr, (nuint)sizeof(MountAttr)) != 0)
            throw new SyscallException("remount read-only", path, Errno.Last);
    }
}
