using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Runc.Libcontainer.Spec;

/// <summary>
/// Checks a parsed config once, up front, in the spirit of runc's specconv and libcontainer/configs/validate:
/// the structure every later stage relies on and the combinations runc refuses, each error a
/// <see cref="SpecException"/> whose message starts with the JSON field ("process.cwd: \"rel\" is not an absolute
/// path"). Values owned by other modules (cgroup limits, seccomp actions and architectures, capability names,
/// mount options) are left to them, apart from their basic shape.
/// </summary>
/// <remarks>
/// Rejected here up front although runc 1.1.5 accepts them and then fails later or ignores them (newer runc
/// rejects most too): uid/gid mappings without a user namespace, time offsets without a time namespace, unknown
/// personality domains, duplicate rlimits, rlimits with soft above hard, out-of-range umask, oomScoreAdj, nice and
/// io priority, relative hook paths, hook timeouts of zero or less, an empty root.path or mount destination,
/// relative or missing namespace paths. Accepted here although 1.1.5 refuses it: a user namespace joined by path
/// without mappings (newer runc reads them from the namespace). Only warned about, as in runc: a relative mount
/// destination. Not checked: ociVersion (runc takes any, even none), SELinux/AppArmor availability, rootless
/// (non-root EUID) restrictions, capability names.
/// </remarks>
public static class SpecValidator
{
    private static readonly string[] NamespaceTypes = ["pid", "network", "mount", "ipc", "uts", "user", "cgroup", "time"];

    private static readonly string[] Rlimits =
    [
        "RLIMIT_AS", "RLIMIT_CORE", "RLIMIT_CPU", "RLIMIT_DATA", "RLIMIT_FSIZE", "RLIMIT_LOCKS", "RLIMIT_MEMLOCK",
        "RLIMIT_MSGQUEUE", "RLIMIT_NICE", "RLIMIT_NOFILE", "RLIMIT_NPROC", "RLIMIT_RSS", "RLIMIT_RTPRIO",
        "RLIMIT_RTTIME", "RLIMIT_SIGPENDING", "RLIMIT_STACK",
    ];

    private static readonly string[] Propagations =
        ["private", "rprivate", "slave", "rslave", "shared", "rshared", "unbindable", "runbindable"];

    private static readonly string[] SchedulerPolicies =
        ["SCHED_OTHER", "SCHED_FIFO", "SCHED_RR", "SCHED_BATCH", "SCHED_ISO", "SCHED_IDLE", "SCHED_DEADLINE"];

    private static readonly string[] IOPriorityClasses = ["IOPRIO_CLASS_RT", "IOPRIO_CLASS_BE", "IOPRIO_CLASS_IDLE"];

    /// <summary>The sysctls (besides fs.mqueue.*) that live in the ipc namespace; runc's list.</summary>
    private static readonly string[] IpcSysctls =
    [
        "kernel.msgmax", "kernel.msgmnb", "kernel.msgmni", "kernel.sem", "kernel.shmall", "kernel.shmmax",
        "kernel.shmmni", "kernel.shm_rmid_forced",
    ];

    /// <summary>Validates <paramref name="spec"/>; relative paths (root.path) are taken from
    /// <paramref name="bundleDir"/>, as runc does after changing into the bundle.</summary>
    /// <exception cref="SpecException">The first problem found.</exception>
    public static void Validate(Spec spec, string bundleDir) => Validate(spec, bundleDir, warn: null);

    /// <summary>As <see cref="Validate(Spec, string)"/>; <paramref name="warn"/> receives what runc only warns
    /// about (a relative mount destination), one line each.</summary>
    public static void Validate(Spec spec, string bundleDir, Action<string>? warn)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(bundleDir);

        ValidateProcess(spec.Process);
        ValidateRoot(spec.Root, bundleDir);
        ValidateMounts(spec.Mounts, warn);
        ValidateHooks(spec.Hooks);

        Linux linux = spec.Linux ?? new Linux();
        var namespaces = ValidateNamespaces(linux.Namespaces);
        ValidateUserNamespace(linux, namespaces);
        ValidateUts(spec, namespaces);
        if (!namespaces.ContainsKey("mount"))
        {
            if (linux.MaskedPaths is { Count: > 0 })
            {
                throw Error("linux.maskedPaths", "unable to restrict sys entries without a private MNT namespace");
            }
            if (linux.ReadonlyPaths is { Count: > 0 })
            {
                throw Error("linux.readonlyPaths", "unable to restrict sys entries without a private MNT namespace");
            }
        }
        ValidateSysctls(linux.Sysctl, namespaces);
        ValidateTimeOffsets(linux.TimeOffsets, namespaces);
        if (!string.IsNullOrEmpty(linux.RootfsPropagation) && !Propagations.Contains(linux.RootfsPropagation))
        {
            throw Error("linux.rootfsPropagation", $"{Quote(linux.RootfsPropagation)} is not supported");
        }
        ValidateDevices(linux.Devices);
        ValidateDeviceRules(linux.Resources?.Devices);
        if (linux.NetDevices is { Count: > 0 } && !namespaces.ContainsKey("network"))
        {
            throw Error("linux.netDevices", "network devices need a network namespace");
        }
        if (linux.Seccomp is { } seccomp)
        {
            ValidateSeccomp(seccomp);
        }
        if (linux.IntelRdt?.ClosId is { } closId && (closId is "." or ".." || closId.Contains('/')))
        {
            throw Error("linux.intelRdt.closID", $"invalid closID {Quote(closId)}");
        }
        if (linux.Personality is { } personality && personality.Domain is not ("LINUX" or "LINUX32"))
        {
            throw Error("linux.personality.domain", $"invalid personality domain {Quote(personality.Domain)}");
        }
    }

    private static void ValidateProcess(Process? process)
    {
        // runc's validateProcessSpec, run as the spec is loaded.
        if (process is null)
        {
            throw Error("process", "must be specified");
        }
        if (process.Cwd.Length == 0)
        {
            throw Error("process.cwd", "must not be empty");
        }
        if (!process.Cwd.StartsWith('/'))
        {
            throw Error("process.cwd", $"{Quote(process.Cwd)} is not an absolute path");
        }
        if (process.Args is not { Count: > 0 })
        {
            throw Error("process.args", "must not be empty");
        }
        if (process.User.Umask is > 0xFFF and uint umask)
        {
            throw Error("process.user.umask", $"0{Convert.ToString(umask, 8)} is out of range (0 to 07777)");
        }

        if (process.Rlimits is { } rlimits)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < rlimits.Count; i++)
            {
                PosixRlimit rlimit = rlimits[i];
                string field = $"process.rlimits[{i}]";
                if (!Rlimits.Contains(rlimit.Type))
                {
                    throw Error(field + ".type", $"unknown rlimit {Quote(rlimit.Type)}");
                }
                if (!seen.Add(rlimit.Type))
                {
                    throw Error(field + ".type", $"duplicate rlimit {Quote(rlimit.Type)}");
                }
                if (rlimit.Soft > rlimit.Hard)
                {
                    throw Error(field, $"soft limit {rlimit.Soft} is greater than hard limit {rlimit.Hard}");
                }
            }
        }

        if (process.OomScoreAdj is < -1000 or > 1000)
        {
            throw Error("process.oomScoreAdj", $"{process.OomScoreAdj} is out of range (-1000 to 1000)");
        }

        if (process.Scheduler is { } scheduler)
        {
            // runc's validate.scheduler, after sched_setattr(2).
            if (scheduler.Policy.Length == 0)
            {
                throw Error("process.scheduler.policy", "must not be empty");
            }
            if (!SchedulerPolicies.Contains(scheduler.Policy))
            {
                throw Error("process.scheduler.policy", $"unknown policy {Quote(scheduler.Policy)}");
            }
            if (scheduler.Nice is < -20 or > 19)
            {
                throw Error("process.scheduler.nice", $"{scheduler.Nice} is out of range (-20 to 19)");
            }
            if (scheduler.Priority != 0 && scheduler.Policy is not ("SCHED_FIFO" or "SCHED_RR"))
            {
                throw Error("process.scheduler.priority", "can only be set with SCHED_FIFO or SCHED_RR");
            }
            if (scheduler.Policy != "SCHED_DEADLINE" && (scheduler.Runtime != 0 || scheduler.Deadline != 0 || scheduler.Period != 0))
            {
                throw Error("process.scheduler", "runtime, deadline and period can only be set with SCHED_DEADLINE");
            }
        }

        if (process.IOPriority is { } ioPriority)
        {
            if (!IOPriorityClasses.Contains(ioPriority.Class))
            {
                throw Error("process.ioPriority.class", $"unknown class {Quote(ioPriority.Class)}");
            }
            if (ioPriority.Priority is < 0 or > 7)
            {
                throw Error("process.ioPriority.priority", $"{ioPriority.Priority} is out of range (0 to 7)");
            }
        }
    }

    private static void ValidateRoot(Root? root, string bundleDir)
    {
        if (root is null)
        {
            throw Error("root", "must be specified");
        }
        if (root.Path.Length == 0)
        {
            throw Error("root.path", "must not be empty");
        }

        // runc joins a relative root.path to its working directory, the bundle as the kernel names it.
        string bundle = Path.GetFullPath(bundleDir);
        bundle = HostPaths.RealPath(bundle) ?? bundle;
        string rootfs = Path.IsPathRooted(root.Path) ? root.Path : Path.Join(bundle, root.Path);
        string cleaned = HostPaths.CleanPath(rootfs);
        string? resolved = HostPaths.RealPath(cleaned);
        if (resolved is null)
        {
            throw Error("root.path", $"rootfs {Quote(cleaned)} does not exist");
        }
        if (!Directory.Exists(resolved))
        {
            throw Error("root.path", $"rootfs {Quote(cleaned)} is not a directory");
        }
        if (resolved != cleaned)
        {
            // runc: "invalid rootfs: not an absolute path, or a symlink".
            throw Error("root.path", $"rootfs {Quote(cleaned)} is or goes through a symlink (it resolves to {Quote(resolved)})");
        }
    }

    private static void ValidateMounts(List<Mount>? mounts, Action<string>? warn)
    {
        if (mounts is null)
        {
            return;
        }
        for (int i = 0; i < mounts.Count; i++)
        {
            Mount mount = mounts[i];
            string field = $"mounts[{i}]";
            if (mount.Destination.Length == 0)
            {
                throw Error(field + ".destination", "must not be empty");
            }
            // Null bytes would be cut short by mount(2) or corrupt the netlink bootstrap message.
            if (mount.Destination.Contains('\0'))
            {
                throw Error(field + ".destination", "must not contain a null byte");
            }
            if (mount.Source?.Contains('\0') == true)
            {
                throw Error(field + ".source", "must not contain a null byte");
            }
            if (mount.Type?.Contains('\0') == true)
            {
                throw Error(field + ".type", "must not contain a null byte");
            }
            if (!mount.Destination.StartsWith('/'))
            {
                // runtime-spec 1.2 allows it, relative to the container's "/"; runc 1.1.5 warns.
                warn?.Invoke($"{field}.destination: {Quote(mount.Destination)} is not an absolute path, taking it as relative to /");
            }
        }
    }

    private static void ValidateHooks(Hooks? hooks)
    {
        if (hooks is null)
        {
            return;
        }
        ValidateHookList("hooks.prestart", hooks.Prestart);
        ValidateHookList("hooks.createRuntime", hooks.CreateRuntime);
        ValidateHookList("hooks.createContainer", hooks.CreateContainer);
        ValidateHookList("hooks.startContainer", hooks.StartContainer);
        ValidateHookList("hooks.poststart", hooks.Poststart);
        ValidateHookList("hooks.poststop", hooks.Poststop);
    }

    private static void ValidateHookList(string name, List<Hook>? hooks)
    {
        if (hooks is null)
        {
            return;
        }
        for (int i = 0; i < hooks.Count; i++)
        {
            Hook hook = hooks[i];
            string field = $"{name}[{i}]";
            if (hook.Path.Length == 0)
            {
                throw Error(field + ".path", "must not be empty");
            }
            if (!hook.Path.StartsWith('/'))
            {
                throw Error(field + ".path", $"{Quote(hook.Path)} is not an absolute path");
            }
            if (hook.Timeout is <= 0)
            {
                throw Error(field + ".timeout", $"must be greater than zero (got {hook.Timeout})");
            }
        }
    }

    /// <summary>Namespace type to path ("" for a new namespace).</summary>
    private static Dictionary<string, string> ValidateNamespaces(List<LinuxNamespace>? namespaces)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (namespaces is null)
        {
            return result;
        }
        for (int i = 0; i < namespaces.Count; i++)
        {
            LinuxNamespace ns = namespaces[i];
            string field = $"linux.namespaces[{i}]";
            if (!NamespaceTypes.Contains(ns.Type))
            {
                throw Error(field + ".type", $"unknown namespace {Quote(ns.Type)}");
            }
            if (result.ContainsKey(ns.Type))
            {
                throw Error(field + ".type", $"duplicate namespace {Quote(ns.Type)}");
            }
            string path = ns.Path ?? "";
            if (path.Length > 0)
            {
                if (!path.StartsWith('/'))
                {
                    throw Error(field + ".path", $"{Quote(path)} is not an absolute path");
                }
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    throw Error(field + ".path", $"{Quote(path)} does not exist");
                }
            }
            result.Add(ns.Type, path);
        }
        return result;
    }

    private static void ValidateUserNamespace(Linux linux, Dictionary<string, string> namespaces)
    {
        bool hasUidMappings = linux.UidMappings is { Count: > 0 };
        bool hasGidMappings = linux.GidMappings is { Count: > 0 };
        if (namespaces.TryGetValue("user", out string? path))
        {
            // Joining a user namespace takes its mappings from it; a new one needs both.
            if (path.Length == 0 && (!hasUidMappings || !hasGidMappings))
            {
                throw Error("linux.namespaces", "user namespace requires uidMappings and gidMappings");
            }
        }
        else if (hasUidMappings || hasGidMappings)
        {
            throw Error(hasUidMappings ? "linux.uidMappings" : "linux.gidMappings", "mappings are set but there is no user namespace");
        }
        ValidateMappings("linux.uidMappings", linux.UidMappings);
        ValidateMappings("linux.gidMappings", linux.GidMappings);
    }

    private static void ValidateMappings(string name, List<LinuxIdMapping>? mappings)
    {
        if (mappings is null)
        {
            return;
        }
        for (int i = 0; i < mappings.Count; i++)
        {
            if (mappings[i].Size == 0)
            {
                throw Error($"{name}[{i}].size", "must be greater than zero");
            }
        }
    }

    private static void ValidateUts(Spec spec, Dictionary<string, string> namespaces)
    {
        if (namespaces.ContainsKey("uts"))
        {
            return;
        }
        if (!string.IsNullOrEmpty(spec.Hostname))
        {
            throw Error("hostname", "unable to set hostname without a private UTS namespace");
        }
        if (!string.IsNullOrEmpty(spec.Domainname))
        {
            throw Error("domainname", "unable to set domainname without a private UTS namespace");
        }
    }

    /// <summary>runc's validate.sysctl: /proc/sys is only partly namespaced, so each sysctl needs the namespace
    /// that owns it.</summary>
    private static void ValidateSysctls(Dictionary<string, string>? sysctls, Dictionary<string, string> namespaces)
    {
        if (sysctls is null)
        {
            return;
        }
        bool? hostNetwork = null;
        foreach (string key in sysctls.Keys.Order(StringComparer.Ordinal))
        {
            string name = ToDotSeparated(key);
            string field = $"linux.sysctl[{Quote(key)}]";
            if (IpcSysctls.Contains(name) || name.StartsWith("fs.mqueue.", StringComparison.Ordinal))
            {
                if (!namespaces.ContainsKey("ipc"))
                {
                    throw Error(field, "not allowed in the host's ipc namespace");
                }
                continue;
            }
            if (name.StartsWith("net.", StringComparison.Ordinal))
            {
                hostNetwork ??= !namespaces.TryGetValue("network", out string? path) || (path.Length > 0 && HostPaths.IsHostNetworkNamespace(path));
                if (hostNetwork.Value)
                {
                    throw Error(field, "not allowed in the host's network namespace");
                }
                continue;
            }
            if (namespaces.ContainsKey("uts"))
            {
                if (name == "kernel.domainname")
                {
                    continue;
                }
                if (name == "kernel.hostname")
                {
                    throw Error(field, "not allowed as it conflicts with the OCI \"hostname\" field");
                }
            }
            throw Error(field, "not in a separate kernel namespace");
        }
    }

    private static void ValidateTimeOffsets(Dictionary<string, LinuxTimeOffset>? offsets, Dictionary<string, string> namespaces)
    {
        if (offsets is not { Count: > 0 })
        {
            return;
        }
        if (!namespaces.ContainsKey("time"))
        {
            throw Error("linux.timeOffsets", "offsets are set but there is no time namespace");
        }
        foreach (string clock in offsets.Keys.Order(StringComparer.Ordinal))
        {
            if (clock is not ("monotonic" or "boottime"))
            {
                throw Error($"linux.timeOffsets[{Quote(clock)}]", "unknown clock (want monotonic or boottime)");
            }
        }
    }

    private static void ValidateDevices(List<LinuxDevice>? devices)
    {
        if (devices is null)
        {
            return;
        }
        for (int i = 0; i < devices.Count; i++)
        {
            LinuxDevice device = devices[i];
            if (device.Path.Length == 0)
            {
                throw Error($"linux.devices[{i}].path", "must not be empty");
            }
            if (device.Type is not ("c" or "u" or "b" or "p"))
            {
                throw Error($"linux.devices[{i}].type", $"invalid device type {Quote(device.Type)}");
            }
        }
    }

    private static void ValidateDeviceRules(List<LinuxDeviceCgroup>? rules)
    {
        if (rules is null)
        {
            return;
        }
        for (int i = 0; i < rules.Count; i++)
        {
            LinuxDeviceCgroup rule = rules[i];
            if (rule.Type is not (null or "" or "a" or "b" or "c"))
            {
                throw Error($"linux.resources.devices[{i}].type", $"invalid cgroup device type {Quote(rule.Type)}");
            }
            if (string.IsNullOrEmpty(rule.Access))
            {
                throw Error($"linux.resources.devices[{i}].access", "must not be empty");
            }
        }
    }

    /// <summary>Actions, operators, architectures and flags, with runc's messages.</summary>
    private static void ValidateSeccomp(LinuxSeccomp seccomp) => Seccomp.SeccompProfile.Validate(seccomp);

    private static SpecException Error(string field, string reason) => new($"{field}: {reason}", field);

    /// <summary>Go's %q for the strings seen here.</summary>
    private static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case < ' ':
                    sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>sysctl(8) accepts "/" as the separator; "net/ipv4/conf/eth0.100/rp_filter" is
    /// "net.ipv4.conf.eth0/100.rp_filter" (runc's convertSysctlVariableToDotsSeparator).</summary>
    private static string ToDotSeparated(string name)
    {
        int first = name.AsSpan().IndexOfAny('.', '/');
        if (first < 0 || name[first] == '.')
        {
            return name;
        }
        return string.Create(name.Length, name, static (span, n) =>
        {
            for (int i = 0; i < n.Length; i++)
            {
                span[i] = n[i] switch
                {
                    '.' => '/',
                    '/' => '.',
                    char c => c,
                };
            }
        });
    }
}
