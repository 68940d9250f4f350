using System;
using System.Collections.Generic;

namespace Runc.Libcontainer.Spec;

/// <summary>The starter config of <c>runc spec</c>, identical to what Debian's runc 1.1.5 prints (written with
/// <see cref="SpecWriter"/>): runc's specconv.Example, plus a cgroup namespace on a cgroup v2 host, converted by
/// specconv.ToRootless for <c>--rootless</c>.</summary>
public static class DefaultSpec
{
    /// <summary>The ociVersion runc 1.1.5 writes (the runtime-spec version it vendors).</summary>
    public const string OciVersion = "1.0.2-dev";

    /// <summary>The config for this host: the rootless mappings use the effective uid and gid of this process, and
    /// a cgroup namespace is added when /sys/fs/cgroup is cgroup v2, as runc does.</summary>
    public static Spec Create(bool rootless) =>
        Create(rootless, HostPaths.EffectiveId("Uid:"), HostPaths.EffectiveId("Gid:"), HostPaths.IsCgroup2UnifiedMode());

    /// <summary>The config with explicit host facts: <paramref name="hostUid"/>/<paramref name="hostGid"/> are
    /// mapped to root when <paramref name="rootless"/>; <paramref name="cgroupNamespace"/> adds a cgroup namespace
    /// (runc does so on a cgroup v2 host).</summary>
    public static Spec Create(bool rootless, uint hostUid, uint hostGid, bool cgroupNamespace)
    {
        Spec spec = Example(cgroupNamespace);
        if (rootless)
        {
            ToRootless(spec, hostUid, hostGid);
        }
        return spec;
    }

    private static Spec Example(bool cgroupNamespace)
    {
        var namespaces = new List<LinuxNamespace>
        {
            new() { Type = "pid" },
            new() { Type = "network" },
            new() { Type = "ipc" },
            new() { Type = "uts" },
            new() { Type = "mount" },
        };
        if (cgroupNamespace)
        {
            namespaces.Add(new LinuxNamespace { Type = "cgroup" });
        }

        return new Spec
        {
            OciVersion = OciVersion,
            Root = new Root { Path = "rootfs", Readonly = true },
            Process = new Process
            {
                Terminal = true,
                User = new User(),
                Args = ["sh"],
                Env =
                [
                    "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                    "TERM=xterm",
                ],
                Cwd = "/",
                NoNewPrivileges = true,
                Capabilities = new LinuxCapabilities
                {
                    Bounding = DefaultCapabilities(),
                    Permitted = DefaultCapabilities(),
                    Effective = DefaultCapabilities(),
                    Ambient = DefaultCapabilities(),
                },
                Rlimits = [new PosixRlimit { Type = "RLIMIT_NOFILE", Hard = 1024, Soft = 1024 }],
            },
            Hostname = "runc",
            Mounts =
            [
                new Mount { Destination = "/proc", Type = "proc", Source = "proc" },
                new Mount { Destination = "/dev", Type = "tmpfs", Source = "tmpfs", Options = ["nosuid", "strictatime", "mode=755", "size=65536k"] },
                new Mount { Destination = "/dev/pts", Type = "devpts", Source = "devpts", Options = ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"] },
                new Mount { Destination = "/dev/shm", Type = "tmpfs", Source = "shm", Options = ["nosuid", "noexec", "nodev", "mode=1777", "size=65536k"] },
                new Mount { Destination = "/dev/mqueue", Type = "mqueue", Source = "mqueue", Options = ["nosuid", "noexec", "nodev"] },
                new Mount { Destination = "/sys", Type = "sysfs", Source = "sysfs", Options = ["nosuid", "noexec", "nodev", "ro"] },
                new Mount { Destination = "/sys/fs/cgroup", Type = "cgroup", Source = "cgroup", Options = ["nosuid", "noexec", "nodev", "relatime", "ro"] },
            ],
            Linux = new Linux
            {
                MaskedPaths =
                [
                    "/proc/acpi",
                    "/proc/asound",
                    "/proc/kcore",
                    "/proc/keys",
                    "/proc/latency_stats",
                    "/proc/timer_list",
                    "/proc/timer_stats",
                    "/proc/sched_debug",
                    "/sys/firmware",
                    "/proc/scsi",
                ],
                ReadonlyPaths =
                [
                    "/proc/bus",
                    "/proc/fs",
                    "/proc/irq",
                    "/proc/sys",
                    "/proc/sysrq-trigger",
                ],
                Resources = new LinuxResources
                {
                    Devices = [new LinuxDeviceCgroup { Allow = false, Access = "rwm" }],
                },
                Namespaces = namespaces,
            },
        };
    }

    private static List<string> DefaultCapabilities() => ["CAP_AUDIT_WRITE", "CAP_KILL", "CAP_NET_BIND_SERVICE"];

    /// <summary>runc's specconv.ToRootless: no network namespace, a user namespace last, the host ids mapped to
    /// root, /sys bind-mounted instead of a new sysfs, no uid=/gid= mount options, no cgroup resources.</summary>
    private static void ToRootless(Spec spec, uint hostUid, uint hostGid)
    {
        Linux linux = spec.Linux!;
        var namespaces = new List<LinuxNamespace>();
        foreach (LinuxNamespace ns in linux.Namespaces ?? [])
        {
            if (ns.Type is not ("network" or "user"))
            {
                namespaces.Add(ns);
            }
        }
        namespaces.Add(new LinuxNamespace { Type = "user" });
        linux.Namespaces = namespaces;

        linux.UidMappings = [new LinuxIdMapping { HostId = hostUid, ContainerId = 0, Size = 1 }];
        linux.GidMappings = [new LinuxIdMapping { HostId = hostGid, ContainerId = 0, Size = 1 }];

        var mounts = new List<Mount>();
        foreach (Mount mount in spec.Mounts ?? [])
        {
            if (HostPaths.CleanPath(mount.Destination) == "/sys")
            {
                mounts.Add(new Mount
                {
                    Source = "/sys",
                    Destination = "/sys",
                    Type = "none",
                    Options = ["rbind", "nosuid", "noexec", "nodev", "ro"],
                });
                continue;
            }
            List<string>? options = null;
            foreach (string option in mount.Options ?? [])
            {
                if (!option.StartsWith("gid=", StringComparison.Ordinal) && !option.StartsWith("uid=", StringComparison.Ordinal))
                {
                    (options ??= []).Add(option);
                }
            }
            mount.Options = options;
            mounts.Add(mount);
        }
        spec.Mounts = mounts;

        linux.Resources = null;
    }
}
