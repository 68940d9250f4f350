using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Runc.Libcontainer.Spec;
using Xunit;
using OciSpec = Runc.Libcontainer.Spec.Spec;

namespace Runc.Tests.Spec;

/// <summary>Each validation rule on a failing input (the message must start with the field), and the configs
/// that must pass. The base config is `runc spec`'s, in a temporary bundle with an empty rootfs.</summary>
public sealed class SpecValidatorTests : IDisposable
{
    private readonly string _bundle = Directory.CreateTempSubdirectory("runc-spec-validate-").FullName;

    public SpecValidatorTests() => Directory.CreateDirectory(Path.Combine(_bundle, "rootfs"));

    public void Dispose() => Directory.Delete(_bundle, recursive: true);

    private static OciSpec Base() => DefaultSpec.Create(false, 0, 0, false);

    private static Linux L(OciSpec s) => s.Linux!;

    private static void RemoveNamespace(OciSpec s, string type) => L(s).Namespaces!.RemoveAll(n => n.Type == type);

    private static List<Hook> OneHook(string path, int? timeout = null) => [new Hook { Path = path, Timeout = timeout }];

    /// <summary>Failing cases: name, change to the base config (given the bundle path), expected message.</summary>
    private static readonly Dictionary<string, (Action<OciSpec, string> Change, string Message)> Failures = new()
    {
        ["process missing"] = ((s, _) => s.Process = null, "process: must be specified"),
        ["cwd empty"] = ((s, _) => s.Process!.Cwd = "", "process.cwd: must not be empty"),
        ["cwd relative"] = ((s, _) => s.Process!.Cwd = "rel", "process.cwd: \"rel\" is not an absolute path"),
        ["args null"] = ((s, _) => s.Process!.Args = null, "process.args: must not be empty"),
        ["args empty"] = ((s, _) => s.Process!.Args = [], "process.args: must not be empty"),
        ["umask too big"] = ((s, _) => s.Process!.User.Umask = 65536, "process.user.umask: 0200000 is out of range (0 to 07777)"),
        ["rlimit unknown"] = ((s, _) => s.Process!.Rlimits!.Add(new PosixRlimit { Type = "RLIMIT_FOO", Hard = 1, Soft = 1 }),
            "process.rlimits[1].type: unknown rlimit \"RLIMIT_FOO\""),
        ["rlimit lowercase"] = ((s, _) => s.Process!.Rlimits![0].Type = "rlimit_nofile", "process.rlimits[0].type: unknown rlimit \"rlimit_nofile\""),
        ["rlimit duplicate"] = ((s, _) => s.Process!.Rlimits!.Add(new PosixRlimit { Type = "RLIMIT_NOFILE", Hard = 10, Soft = 10 }),
            "process.rlimits[1].type: duplicate rlimit \"RLIMIT_NOFILE\""),
        ["rlimit soft above hard"] = ((s, _) => s.Process!.Rlimits![0].Soft = 2048, "process.rlimits[0]: soft limit 2048 is greater than hard limit 1024"),
        ["oomScoreAdj"] = ((s, _) => s.Process!.OomScoreAdj = 5000, "process.oomScoreAdj: 5000 is out of range (-1000 to 1000)"),
        ["scheduler policy empty"] = ((s, _) => s.Process!.Scheduler = new Scheduler(), "process.scheduler.policy: must not be empty"),
        ["scheduler policy unknown"] = ((s, _) => s.Process!.Scheduler = new Scheduler { Policy = "SCHED_FAST" },
            "process.scheduler.policy: unknown policy \"SCHED_FAST\""),
        ["scheduler nice"] = ((s, _) => s.Process!.Scheduler = new Scheduler { Policy = "SCHED_OTHER", Nice = 20 },
            "process.scheduler.nice: 20 is out of range (-20 to 19)"),
        ["scheduler priority"] = ((s, _) => s.Process!.Scheduler = new Scheduler { Policy = "SCHED_OTHER", Priority = 5 },
            "process.scheduler.priority: can only be set with SCHED_FIFO or SCHED_RR"),
        ["scheduler deadline fields"] = ((s, _) => s.Process!.Scheduler = new Scheduler { Policy = "SCHED_FIFO", Runtime = 1 },
            "process.scheduler: runtime, deadline and period can only be set with SCHED_DEADLINE"),
        ["ioPriority class"] = ((s, _) => s.Process!.IOPriority = new IOPriority { Class = "IOPRIO_CLASS_NONE" },
            "process.ioPriority.class: unknown class \"IOPRIO_CLASS_NONE\""),
        ["ioPriority priority"] = ((s, _) => s.Process!.IOPriority = new IOPriority { Class = "IOPRIO_CLASS_BE", Priority = 8 },
            "process.ioPriority.priority: 8 is out of range (0 to 7)"),
        ["root missing"] = ((s, _) => s.Root = null, "root: must be specified"),
        ["root path empty"] = ((s, _) => s.Root!.Path = "", "root.path: must not be empty"),
        ["rootfs missing"] = ((s, b) => s.Root!.Path = "nope", "root.path: rootfs \"{bundle}/nope\" does not exist"),
        ["rootfs absolute missing"] = ((s, b) => s.Root!.Path = b + "/x/../nope/", "root.path: rootfs \"{bundle}/nope\" does not exist"),
        ["rootfs is a file"] = ((s, b) =>
        {
            File.WriteAllText(Path.Combine(b, "file"), "");
            s.Root!.Path = "file";
        }, "root.path: rootfs \"{bundle}/file\" is not a directory"),
        ["rootfs is a symlink"] = ((s, b) =>
        {
            File.CreateSymbolicLink(Path.Combine(b, "link"), "rootfs");
            s.Root!.Path = "link";
        }, "root.path: rootfs \"{bundle}/link\" is or goes through a symlink (it resolves to \"{bundle}/rootfs\")"),
        ["rootfs under a symlink"] = ((s, b) =>
        {
            File.CreateSymbolicLink(Path.Combine(b, "dirlink"), b);
            s.Root!.Path = Path.Combine(b, "dirlink", "rootfs");
        }, "root.path: rootfs \"{bundle}/dirlink/rootfs\" is or goes through a symlink (it resolves to \"{bundle}/rootfs\")"),
        ["mount destination empty"] = ((s, _) => s.Mounts![2].Destination = "", "mounts[2].destination: must not be empty"),
        ["mount null byte"] = ((s, _) => s.Mounts![1].Source = "tmp\0fs", "mounts[1].source: must not contain a null byte"),
        ["hook path empty"] = ((s, _) => s.Hooks = new Hooks { Poststop = OneHook("") }, "hooks.poststop[0].path: must not be empty"),
        ["hook path relative"] = ((s, _) => s.Hooks = new Hooks { Prestart = OneHook("rel") }, "hooks.prestart[0].path: \"rel\" is not an absolute path"),
        ["hook timeout zero"] = ((s, _) => s.Hooks = new Hooks { CreateRuntime = OneHook("/bin/true", 0) },
            "hooks.createRuntime[0].timeout: must be greater than zero (got 0)"),
        ["hook timeout negative"] = ((s, _) => s.Hooks = new Hooks { StartContainer = [new Hook { Path = "/a" }, new Hook { Path = "/b", Timeout = -1 }] },
            "hooks.startContainer[1].timeout: must be greater than zero (got -1)"),
        ["namespace unknown"] = ((s, _) => L(s).Namespaces!.Insert(2, new LinuxNamespace { Type = "foo" }),
            "linux.namespaces[2].type: unknown namespace \"foo\""),
        ["namespace old name"] = ((s, _) => L(s).Namespaces![1].Type = "net", "linux.namespaces[1].type: unknown namespace \"net\""),
        ["namespace duplicate"] = ((s, _) => L(s).Namespaces!.Add(new LinuxNamespace { Type = "pid" }),
            "linux.namespaces[5].type: duplicate namespace \"pid\""),
        ["namespace path relative"] = ((s, _) => L(s).Namespaces![1].Path = "ns/net", "linux.namespaces[1].path: \"ns/net\" is not an absolute path"),
        ["namespace path missing"] = ((s, _) => L(s).Namespaces![1].Path = "/nonexistent/ns/net",
            "linux.namespaces[1].path: \"/nonexistent/ns/net\" does not exist"),
        ["user namespace without mappings"] = ((s, _) => L(s).Namespaces!.Add(new LinuxNamespace { Type = "user" }),
            "linux.namespaces: user namespace requires uidMappings and gidMappings"),
        ["user namespace without gid mappings"] = ((s, _) =>
        {
            L(s).Namespaces!.Add(new LinuxNamespace { Type = "user" });
            L(s).UidMappings = [new LinuxIdMapping { HostId = 1000, Size = 1 }];
        }, "linux.namespaces: user namespace requires uidMappings and gidMappings"),
        ["uid mappings without user namespace"] = ((s, _) => L(s).UidMappings = [new LinuxIdMapping { HostId = 1000, Size = 1 }],
            "linux.uidMappings: mappings are set but there is no user namespace"),
        ["gid mappings without user namespace"] = ((s, _) => L(s).GidMappings = [new LinuxIdMapping { HostId = 1000, Size = 1 }],
            "linux.gidMappings: mappings are set but there is no user namespace"),
        ["mapping of size zero"] = ((s, _) =>
        {
            L(s).Namespaces!.Add(new LinuxNamespace { Type = "user" });
            L(s).UidMappings = [new LinuxIdMapping { HostId = 1000, Size = 1 }];
            L(s).GidMappings = [new LinuxIdMapping { HostId = 1000, Size = 1 }, new LinuxIdMapping { ContainerId = 1, HostId = 2000 }];
        }, "linux.gidMappings[1].size: must be greater than zero"),
        ["hostname without uts"] = ((s, _) => RemoveNamespace(s, "uts"), "hostname: unable to set hostname without a private UTS namespace"),
        ["domainname without uts"] = ((s, _) =>
        {
            RemoveNamespace(s, "uts");
            s.Hostname = null;
            s.Domainname = "example.org";
        }, "domainname: unable to set domainname without a private UTS namespace"),
        ["masked paths without mount namespace"] = ((s, _) => RemoveNamespace(s, "mount"),
            "linux.maskedPaths: unable to restrict sys entries without a private MNT namespace"),
        ["readonly paths without mount namespace"] = ((s, _) =>
        {
            RemoveNamespace(s, "mount");
            L(s).MaskedPaths = null;
        }, "linux.readonlyPaths: unable to restrict sys entries without a private MNT namespace"),
        ["ipc sysctl without ipc namespace"] = ((s, _) =>
        {
            RemoveNamespace(s, "ipc");
            L(s).Sysctl = new() { ["kernel.msgmax"] = "8192" };
        }, "linux.sysctl[\"kernel.msgmax\"]: not allowed in the host's ipc namespace"),
        ["mqueue sysctl without ipc namespace"] = ((s, _) =>
        {
            RemoveNamespace(s, "ipc");
            L(s).Sysctl = new() { ["fs.mqueue.msg_max"] = "10" };
        }, "linux.sysctl[\"fs.mqueue.msg_max\"]: not allowed in the host's ipc namespace"),
        ["net sysctl without network namespace"] = ((s, _) =>
        {
            RemoveNamespace(s, "network");
            L(s).Sysctl = new() { ["net.ipv4.ip_forward"] = "1" };
        }, "linux.sysctl[\"net.ipv4.ip_forward\"]: not allowed in the host's network namespace"),
        ["net sysctl with slashes without network namespace"] = ((s, _) =>
        {
            RemoveNamespace(s, "network");
            L(s).Sysctl = new() { ["net/ipv4/conf/eth0.100/rp_filter"] = "1" };
        }, "linux.sysctl[\"net/ipv4/conf/eth0.100/rp_filter\"]: not allowed in the host's network namespace"),
        ["net sysctl in the host network namespace by path"] = ((s, _) =>
        {
            L(s).Namespaces!.Single(n => n.Type == "network").Path = "/proc/self/ns/net";
            L(s).Sysctl = new() { ["net.core.somaxconn"] = "1024" };
        }, "linux.sysctl[\"net.core.somaxconn\"]: not allowed in the host's network namespace"),
        ["hostname sysctl"] = ((s, _) => L(s).Sysctl = new() { ["kernel.hostname"] = "x" },
            "linux.sysctl[\"kernel.hostname\"]: not allowed as it conflicts with the OCI \"hostname\" field"),
        ["domainname sysctl without uts"] = ((s, _) =>
        {
            RemoveNamespace(s, "uts");
            s.Hostname = null;
            L(s).Sysctl = new() { ["kernel.domainname"] = "x" };
        }, "linux.sysctl[\"kernel.domainname\"]: not in a separate kernel namespace"),
        ["sysctl not namespaced"] = ((s, _) => L(s).Sysctl = new() { ["vm.swappiness"] = "1", ["net.ipv4.ip_forward"] = "1" },
            "linux.sysctl[\"vm.swappiness\"]: not in a separate kernel namespace"),
        ["time offsets without time namespace"] = ((s, _) => L(s).TimeOffsets = new() { ["monotonic"] = new LinuxTimeOffset { Secs = 1 } },
            "linux.timeOffsets: offsets are set but there is no time namespace"),
        ["time offset of an unknown clock"] = ((s, _) =>
        {
            L(s).Namespaces!.Add(new LinuxNamespace { Type = "time" });
            L(s).TimeOffsets = new() { ["realtime"] = new LinuxTimeOffset { Secs = 1 } };
        }, "linux.timeOffsets[\"realtime\"]: unknown clock (want monotonic or boottime)"),
        ["rootfs propagation"] = ((s, _) => L(s).RootfsPropagation = "bogus", "linux.rootfsPropagation: \"bogus\" is not supported"),
        ["device path empty"] = ((s, _) => L(s).Devices = [new LinuxDevice { Type = "c", Major = 1, Minor = 3 }], "linux.devices[0].path: must not be empty"),
        ["device type"] = ((s, _) => L(s).Devices = [new LinuxDevice { Path = "/dev/foo", Type = "x", Major = 1, Minor = 3 }],
            "linux.devices[0].type: invalid device type \"x\""),
        ["cgroup device type"] = ((s, _) => L(s).Resources!.Devices!.Add(new LinuxDeviceCgroup { Allow = true, Type = "z", Access = "rwm" }),
            "linux.resources.devices[1].type: invalid cgroup device type \"z\""),
        ["cgroup device access"] = ((s, _) => L(s).Resources!.Devices!.Add(new LinuxDeviceCgroup { Allow = true }),
            "linux.resources.devices[1].access: must not be empty"),
        ["net devices without network namespace"] = ((s, _) =>
        {
            RemoveNamespace(s, "network");
            L(s).NetDevices = new() { ["eth1"] = new LinuxNetDevice() };
        }, "linux.netDevices: network devices need a network namespace"),
        ["intelRdt closID"] = ((s, _) => L(s).IntelRdt = new LinuxIntelRdt { ClosId = "../escape" }, "linux.intelRdt.closID: invalid closID \"../escape\""),
        ["intelRdt closID dot"] = ((s, _) => L(s).IntelRdt = new LinuxIntelRdt { ClosId = "." }, "linux.intelRdt.closID: invalid closID \".\""),
        ["personality"] = ((s, _) => L(s).Personality = new LinuxPersonality { Domain = "FOO" }, "linux.personality.domain: invalid personality domain \"FOO\""),
    };

    public static TheoryData<string> FailureNames() => new(Failures.Keys);

    [Theory]
    [MemberData(nameof(FailureNames))]
    public void RuleRejectsAndNamesTheField(string name)
    {
        (Action<OciSpec, string> change, string message) = Failures[name];
        OciSpec spec = Base();
        change(spec, _bundle);
        var e = Assert.Throws<SpecException>(() => SpecValidator.Validate(spec, _bundle));
        Assert.Equal(message.Replace("{bundle}", _bundle), e.Message);
        Assert.NotNull(e.Field);
        Assert.StartsWith(e.Field + ": ", e.Message);
    }

    [Fact]
    public void RuncSpecOutputIsValid()
    {
        SpecValidator.Validate(Base(), _bundle);
        SpecValidator.Validate(DefaultSpec.Create(false, 0, 0, true), _bundle);
        SpecValidator.Validate(DefaultSpec.Create(true, 1000, 1000, true), _bundle);
    }

    [Fact]
    public void FullFixtureIsValidApartFromItsHostPaths()
    {
        OciSpec spec = SpecLoader.Parse(SpecFiles.ReadFixture("config-full.json"));
        L(spec).Namespaces!.Single(n => n.Type == "network").Path = null;
        spec.Process!.Scheduler!.Priority = 0; // set only to cover the field: SCHED_DEADLINE takes none
        var warnings = new List<string>();
        SpecValidator.Validate(spec, _bundle, warnings.Add);
        Assert.Equal(["mounts[2].destination: \"relative/dir\" is not an absolute path, taking it as relative to /"], warnings);
    }

    [Fact]
    public void EmptySpecFailsOnProcessFirst()
    {
        var e = Assert.Throws<SpecException>(() => SpecValidator.Validate(new OciSpec(), _bundle));
        Assert.Equal("process: must be specified", e.Message);
    }

    [Fact]
    public void RelativeMountDestinationIsOnlyAWarning()
    {
        OciSpec spec = Base();
        spec.Mounts![0].Destination = "proc";
        var warnings = new List<string>();
        SpecValidator.Validate(spec, _bundle, warnings.Add);
        Assert.Equal(["mounts[0].destination: \"proc\" is not an absolute path, taking it as relative to /"], warnings);
        SpecValidator.Validate(spec, _bundle);
    }

    [Fact]
    public void RelativeRootIsTakenFromTheBundleNotTheWorkingDirectory()
    {
        string elsewhere = Directory.CreateTempSubdirectory("runc-spec-cwd-").FullName;
        string cwd = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = elsewhere;
            SpecValidator.Validate(Base(), _bundle);
            OciSpec absolute = Base();
            absolute.Root!.Path = Path.Combine(_bundle, "rootfs");
            SpecValidator.Validate(absolute, elsewhere);
        }
        finally
        {
            Environment.CurrentDirectory = cwd;
            Directory.Delete(elsewhere);
        }
    }

    [Fact]
    public void BundleReachedThroughASymlinkIsResolvedFirst()
    {
        // runc's working directory is the bundle as the kernel names it, so a relative root under a symlinked
        // bundle path is fine.
        string link = _bundle + "-link";
        File.CreateSymbolicLink(link, _bundle);
        try
        {
            SpecValidator.Validate(Base(), link);
        }
        finally
        {
            File.Delete(link);
        }
    }

    [Fact]
    public void JoinedUserNamespaceNeedsNoMappings()
    {
        OciSpec spec = Base();
        L(spec).Namespaces!.Add(new LinuxNamespace { Type = "user", Path = "/proc/self/ns/user" });
        SpecValidator.Validate(spec, _bundle);
    }

    [Fact]
    public void NamespacedSysctlsPass()
    {
        OciSpec spec = Base();
        L(spec).Sysctl = new()
        {
            ["net.ipv4.ip_forward"] = "1",
            ["net/ipv4/conf/all/forwarding"] = "1",
            ["kernel.msgmax"] = "8192",
            ["kernel.shm_rmid_forced"] = "1",
            ["fs.mqueue.msg_max"] = "100",
            ["kernel.domainname"] = "example.org",
        };
        SpecValidator.Validate(spec, _bundle);
    }

    [Fact]
    public void OptionalSectionsMayBeAbsent()
    {
        OciSpec spec = Base();
        spec.Linux = null;
        spec.Hostname = null;
        spec.Mounts = null;
        spec.Process!.Rlimits = null;
        spec.Process.Capabilities = null;
        SpecValidator.Validate(spec, _bundle);
    }

    [Fact]
    public void HostnameNeedsALinuxSectionWithUts()
    {
        OciSpec spec = Base();
        spec.Linux = null;
        var e = Assert.Throws<SpecException>(() => SpecValidator.Validate(spec, _bundle));
        Assert.Equal("hostname: unable to set hostname without a private UTS namespace", e.Message);
    }

    [Fact]
    public void AcceptsWhatRuncAcceptsAtTheEdges()
    {
        OciSpec spec = Base();
        spec.OciVersion = "";
        spec.Process!.User.Umask = 4095; // 07777
        spec.Process.OomScoreAdj = -1000;
        spec.Process.Scheduler = new Scheduler { Policy = "SCHED_DEADLINE", Runtime = 1, Deadline = 2, Period = 3 };
        spec.Process.IOPriority = new IOPriority { Class = "IOPRIO_CLASS_IDLE", Priority = 7 };
        spec.Hooks = new Hooks { Poststop = [new Hook { Path = "/bin/true", Timeout = 1 }] };
        L(spec).Devices = [new LinuxDevice { Path = "dev/relative", Type = "u", Major = 1, Minor = 3 }, new LinuxDevice { Path = "/dev/fifo", Type = "p" }];
        L(spec).Resources!.Devices!.Add(new LinuxDeviceCgroup { Allow = true, Access = "rwx" });
        L(spec).Personality = new LinuxPersonality { Domain = "LINUX" };
        L(spec).RootfsPropagation = "rslave";
        L(spec).Seccomp = new LinuxSeccomp { DefaultAction = "SCMP_ACT_ALLOW", Syscalls = [new LinuxSyscall { Action = "SCMP_ACT_ERRNO" }] };
        SpecValidator.Validate(spec, _bundle);
    }
}
