using System;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Runc.Tests.Support;
using Xunit;

namespace Runc.Tests.Integration;

/// <summary>
/// linux.seccomp seen from inside: /root/probe (Support/Probe/probe.c) makes one raw syscall and
/// prints the errno the filter answered.
/// </summary>
[Trait("Category", "Integration")]
public class SeccompTests
{
    private static TestBundle Bundle(string name, string seccompJson, string script)
    {
        var b = new TestBundle(name).Shell(script);
        SyscallProbe.MountInto(b);
        b.Config["linux"]!["seccomp"] = JsonNode.Parse(seccompJson);
        return b;
    }

    private static string DockerShapedProfile() =>
        File.ReadAllText(Path.Combine(RuncBinary.RepoRoot, "tests", "Runc.Tests", "Integration", "Fixtures", "seccomp-docker-shaped.json"));

    [RequiresRootTheory]
    [InlineData(true)]
    [InlineData(false)]
    public void DockerShapedProfileDeniesWhatItDoesNotAllow(bool noNewPrivileges)
    {
        // With no_new_privs the filter is loaded last; without, before the capabilities drop, and
        // the rest of init (setresuid, capset, chdir, the start handshake) runs under it.
        using var b = Bundle("seccomp-docker", DockerShapedProfile(),
            "grep ^Seccomp: /proc/self/status; ls / >/dev/null && echo ls-ok; " +
            "/root/probe unshare 0x40000000; /root/probe mount s:none s:/tmp s:tmpfs 0 0; " +
            "/root/probe keyctl 0 0; /root/probe personality 0xffffffff; /root/probe personality 1; " +
            "mkdir /dev/shm/d && echo mkdir-ok");
        b.Config["process"]!["noNewPrivileges"] = noNewPrivileges;
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("Seccomp:\t2\nls-ok\nerrno 1\nerrno 1\nerrno 38\nok 0\nerrno 1\nmkdir-ok\n", r.Stdout);
    }

    /// <summary>
    /// podman's default profile: socketcall (a libseccomp pseudo-syscall on x86_64) allowed, then
    /// socket rules with argument conditions, on x86_64, x86 and x32. Skipping the pseudo-syscall made
    /// libseccomp refuse the later socket rules with EEXIST on the x86 filter.
    /// </summary>
    [RequiresRootFact]
    public void PseudoSyscallsAreRulesAndSocketConditionsAddOnEveryArchitecture()
    {
        var profile = JsonNode.Parse(DockerShapedProfile())!.AsObject();
        var syscalls = profile["syscalls"]!.AsArray();
        syscalls.Add(JsonNode.Parse("{\"names\":[\"socket\"],\"action\":\"SCMP_ACT_ERRNO\",\"errnoRet\":22,\"args\":[{\"index\":0,\"value\":16,\"op\":\"SCMP_CMP_EQ\"},{\"index\":2,\"value\":9,\"op\":\"SCMP_CMP_EQ\"}]}"));
        syscalls.Add(JsonNode.Parse("{\"names\":[\"socket\"],\"action\":\"SCMP_ACT_ALLOW\",\"args\":[{\"index\":2,\"value\":9,\"op\":\"SCMP_CMP_NE\"}]}"));
        syscalls.Add(JsonNode.Parse("{\"names\":[\"socket\"],\"action\":\"SCMP_ACT_ALLOW\",\"args\":[{\"index\":0,\"value\":16,\"op\":\"SCMP_CMP_NE\"}]}"));
        // socket(AF_NETLINK, SOCK_RAW, NETLINK_AUDIT) is refused with 22; socket(AF_UNIX, SOCK_STREAM, 0) works.
        using var b = Bundle("seccomp-socketcall", profile.ToJsonString(), "/root/probe 41 16 3 9; /root/probe 41 1 1 0");
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Matches("^errno 22\nok [0-9]+\n$", r.Stdout);
    }

    [RequiresRootFact]
    public void ExecLoadsTheContainersFilter()
    {
        using var b = Bundle("seccomp-exec", DockerShapedProfile(), "sleep 60");
        b.Config["process"]!["terminal"] = false;
        b.Save();
        var c = b.Runc("run", "-d", b.Id);
        Assert.True(c.ExitCode == 0, c.ToString());
        var r = b.Runc("exec", b.Id, "sh", "-c", "grep ^Seccomp: /proc/self/status; /root/probe unshare 0x40000000; /root/probe getpid");
        b.Runc("delete", "-f", b.Id);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Matches("^Seccomp:\t2\nerrno 1\nok [0-9]+\n$", r.Stdout);
    }

    /// <summary>
    /// runc's ENOSYS stub: a syscall newer than every one the profile names gets ENOSYS (programs
    /// fall back), one in range but not allowed gets the default errno; without `architectures`,
    /// or with a permissive default, there is no stub.
    /// </summary>
    [RequiresRootFact]
    public void SyscallsNewerThanTheProfileGetEnosys()
    {
        const string script = "/root/probe 1000 0; /root/probe unshare 0x40000000; /root/probe getpid";
        using var b = Bundle("seccomp-enosys", DockerShapedProfile(), script);
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Matches("^errno 38\nerrno 1\nok [0-9]+\n$", r.Stdout);

        var noArch = JsonNode.Parse(DockerShapedProfile())!;
        noArch.AsObject().Remove("architectures");
        using var b2 = Bundle("seccomp-enosys-noarch", noArch.ToJsonString(), script);
        var r2 = b2.Run();
        Assert.True(r2.ExitCode == 0, r2.ToString());
        Assert.Matches("^errno 1\nerrno 1\nok [0-9]+\n$", r2.Stdout);
    }

    [RequiresRootFact]
    public void CreatedContainerLoadsTheFilterOnlyAfterStart()
    {
        using var b = Bundle("seccomp-start", """{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["getpriority"],"action":"SCMP_ACT_ERRNO","errnoRet":33}]}""",
            "exec > /out/out.txt; /root/probe getpriority 0 0; grep ^Seccomp: /proc/self/status");
        File.SetUnixFileMode(b.Dir, (UnixFileMode)0x1ff);
        b.Config["mounts"]!.AsArray().Add(JsonNode.Parse($$"""{"destination":"/out","type":"bind","source":"{{b.Dir}}","options":["rbind","rw"]}"""));
        var create = b.Runc("create", b.Id);
        Assert.True(create.ExitCode == 0, create.ToString());
        // Created, with no_new_privs: the init waits unfiltered (in the runtime, not the waiter).
        int pid = (int)JsonNode.Parse(b.Runc("state", b.Id).Stdout)!["pid"]!;
        Assert.Contains("Seccomp:\t0", File.ReadAllText($"/proc/{pid}/status"));
        Assert.Equal(0, b.Runc("start", b.Id).ExitCode);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string log = Path.Combine(b.Dir, "out.txt");
        while (!(File.Exists(log) && File.ReadAllText(log).Contains("Seccomp:", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
            System.Threading.Thread.Sleep(20);
        Assert.Equal("errno 33\nSeccomp:\t2\n", File.ReadAllText(log));
    }

    [RequiresRootFact]
    public void ArgumentConditionsMatchAsRuncCombinesThem()
    {
        // A: masked equality. B: two conditions on one argument are two rules (either matches).
        // C: conditions on different arguments are one rule (both must match). D: GE and LE.
        // E: LT; F: NE with a default-action rule dropped.
        const string profile = """
            {"defaultAction":"SCMP_ACT_ALLOW","syscalls":[
             {"names":["getpriority"],"action":"SCMP_ACT_ERRNO","errnoRet":71,"args":[{"index":0,"value":240,"valueTwo":16,"op":"SCMP_CMP_MASKED_EQ"}]},
             {"names":["getpriority"],"action":"SCMP_ACT_ERRNO","errnoRet":72,"args":[{"index":0,"value":37,"op":"SCMP_CMP_EQ"},{"index":0,"value":38,"op":"SCMP_CMP_EQ"}]},
             {"names":["getpriority"],"action":"SCMP_ACT_ERRNO","errnoRet":73,"args":[{"index":0,"value":39,"op":"SCMP_CMP_EQ"},{"index":1,"value":100,"op":"SCMP_CMP_GT"}]},
             {"names":["getpriority"],"action":"SCMP_ACT_ERRNO","errnoRet":74,"args":[{"index":0,"value":48,"op":"SCMP_CMP_GE"},{"index":1,"value":10,"op":"SCMP_CMP_LE"}]},
             {"names":["getsid"],"action":"SCMP_ACT_ERRNO","errnoRet":75,"args":[{"index":0,"value":3,"op":"SCMP_CMP_LT"}]},
             {"names":["setpriority"],"action":"SCMP_ACT_ERRNO","errnoRet":76,"args":[{"index":0,"value":0,"op":"SCMP_CMP_NE"}]},
             {"names":["uname"],"action":"SCMP_ACT_ALLOW"}
            ]}
            """;
        using var b = Bundle("seccomp-args", profile, string.Join("; ",
            "/root/probe getpriority 0x1f 0", "/root/probe getpriority 0x2f 0",
            "/root/probe getpriority 37 0", "/root/probe getpriority 38 0",
            "/root/probe getpriority 39 101", "/root/probe getpriority 39 5",
            "/root/probe getpriority 48 10", "/root/probe getpriority 48 11",
            "/root/probe getsid 2", "/root/probe getsid 99999",
            "/root/probe setpriority 5 0 0", "/root/probe uname 0"));
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(string.Join("\n",
            "errno 71", "errno 22",
            "errno 72", "errno 72",
            "errno 73", "errno 22",
            "errno 74", "errno 22",
            "errno 75", "errno 3",
            "errno 76", "errno 14") + "\n", r.Stdout);
    }

    [RequiresRootTheory]
    [InlineData("SCMP_ACT_KILL")]
    [InlineData("SCMP_ACT_KILL_THREAD")]
    [InlineData("SCMP_ACT_KILL_PROCESS")]
    [InlineData("SCMP_ACT_TRAP")]
    public void KillAndTrapEndTheProcessWithSigsys(string action)
    {
        using var b = Bundle("seccomp-kill", $$"""{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["getpriority"],"action":"{{action}}"}]}""",
            "/root/probe getpriority 0 0; echo status=$?");
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("status=159\n", r.Stdout); // 128 + SIGSYS
    }

    [RequiresRootFact]
    public void DefaultErrnoRetIsWhatDeniedCallsGet()
    {
        var profile = JsonNode.Parse(DockerShapedProfile())!;
        profile["defaultErrnoRet"] = 95;
        using var b = Bundle("seccomp-deferrno", profile.ToJsonString(), "/root/probe unshare 0x40000000");
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("errno 95\n", r.Stdout);
    }

    [RequiresRootFact]
    public void TraceWithoutATracerIsEnosysAndFlagsAreAccepted()
    {
        // runc 1.1.5 refuses every flag ("seccomp flags are not yet supported by runc"); like runc
        // 1.2, LOG and SPEC_ALLOW set the filter attributes and TSYNC is accepted.
        using var b = Bundle("seccomp-trace", """
            {"defaultAction":"SCMP_ACT_ALLOW","flags":["SECCOMP_FILTER_FLAG_TSYNC","SECCOMP_FILTER_FLAG_LOG","SECCOMP_FILTER_FLAG_SPEC_ALLOW"],
             "syscalls":[{"names":["getpriority"],"action":"SCMP_ACT_TRACE"},{"names":["getsid"],"action":"SCMP_ACT_TRACE","errnoRet":5}]}
            """, "/root/probe getpriority 0 0; /root/probe getsid 0");
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("errno 38\nerrno 38\n", r.Stdout);
    }

    [RequiresRootFact]
    public void ErrnoWithoutErrnoRetIsEperm()
    {
        using var b = Bundle("seccomp-eperm", """{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["getpriority"],"action":"SCMP_ACT_ERRNO"},{"names":["getsid"],"action":"SCMP_ACT_LOG"}]}""",
            "/root/probe getpriority 0 0; /root/probe getsid 0");
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("errno 1\nok 1\n", r.Stdout);
    }

    /// <param name="withStub">A Docker-shaped profile: the filter then goes in with the ENOSYS stub, by seccomp(2) directly.</param>
    [RequiresRootTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void NotifyHandsTheFdAndStateToTheListenerWhichAnswersTheSyscall(bool withStub)
    {
        string sock = Path.Combine(Path.GetTempPath(), $"runc-seccomp-{Environment.ProcessId}-{Guid.NewGuid():N}.sock");
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(sock));
        listener.Listen(1);
        try
        {
            JsonNode profile = JsonNode.Parse("""{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[]}""")!;
            if (withStub)
            {
                profile = JsonNode.Parse(DockerShapedProfile())!;
                var allowed = profile["syscalls"]![0]!["names"]!.AsArray();
                allowed.Remove(allowed.First(n => (string?)n == "mkdir"));
            }
            profile["listenerPath"] = sock;
            profile["listenerMetadata"] = "meta-data";
            profile["syscalls"]!.AsArray().Add(JsonNode.Parse("""{"names":["mkdir"],"action":"SCMP_ACT_NOTIFY"}"""));
            using var b = Bundle("seccomp-notify", profile.ToJsonString(),
                "/root/probe mkdir s:/dev/shm/a 0755; /root/probe mkdir s:/dev/shm/b 0755; ls /dev/shm");
            var agent = Task.Run(() => Agent(listener));
            var r = b.Run();
            Assert.True(agent.Wait(TimeSpan.FromSeconds(30)), "the agent did not finish");
            Assert.True(r.ExitCode == 0, r.ToString());
            // First mkdir answered EXDEV, second "succeeded" without the kernel doing it.
            Assert.Equal("errno 18\nok 0\n", r.Stdout);
            var doc = JsonNode.Parse(agent.Result)!;
            Assert.Equal("seccompFd", (string?)doc["fds"]![0]);
            Assert.Equal("meta-data", (string?)doc["metadata"]);
            Assert.Equal("creating", (string?)doc["state"]!["status"]);
            Assert.Equal(b.Id, (string?)doc["state"]!["id"]);
            Assert.Equal((int)doc["pid"]!, (int)doc["state"]!["pid"]!);
        }
        finally
        {
            File.Delete(sock);
        }
    }

    /// <summary>Receives the state + fd, answers two notifications (EXDEV, then success), returns the state JSON.</summary>
    private static unsafe string Agent(Socket listener)
    {
        using var conn = listener.Accept();
        byte[] buf = new byte[65536];
        nuint got;
        int fd;
        fixed (byte* p = buf)
            fd = ProbeNative.runc_recv_fd((int)conn.Handle, p, (nuint)buf.Length, &got);
        Assert.True(fd >= 0, "no fd from runc");
        string json = Encoding.UTF8.GetString(buf, 0, (int)got);
        var req = stackalloc byte[80];
        var resp = stackalloc byte[24];
        try
        {
            for (int i = 0; i < 2; i++)
            {
                new Span<byte>(req, 80).Clear();
                Assert.Equal(0, ProbeNative.runc_ioctl(fd, 0xc0502100 /* SECCOMP_IOCTL_NOTIF_RECV */, req));
                ulong id = *(ulong*)req;
                new Span<byte>(resp, 24).Clear();
                *(ulong*)resp = id;
                *(int*)(resp + 16) = i == 0 ? -18 : 0; // error; val (offset 8) stays 0
                Assert.Equal(0, ProbeNative.runc_ioctl(fd, 0xc0182101 /* SECCOMP_IOCTL_NOTIF_SEND */, resp));
            }
        }
        finally
        {
            ProbeNative.close(fd);
        }
        return json;
    }

    [RequiresRootFact]
    public void NotifyWithoutListenerPathFailsTheStart()
    {
        using var b = Bundle("seccomp-nolistener", """{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["mkdir"],"action":"SCMP_ACT_NOTIFY"}]}""", "true");
        var r = b.Run();
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("unable to start container process: listenerPath is not set", r.Stderr);
    }

    [RequiresRootFact]
    public void NotifyOnWriteIsRefused()
    {
        using var b = Bundle("seccomp-notifywrite", """{"defaultAction":"SCMP_ACT_ALLOW","listenerPath":"/x","syscalls":[{"names":["write"],"action":"SCMP_ACT_NOTIFY"}]}""", "true");
        var r = b.Run();
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("unable to start container process: unable to init seccomp: SCMP_ACT_NOTIFY cannot be used for the write syscall", r.Stderr);
    }

    private static partial class ProbeNative
    {
        [DllImport("libruncnative.so")]
        public static extern unsafe int runc_recv_fd(int sock, byte* data, nuint len, nuint* received);

        [DllImport("libruncnative.so")]
        public static extern unsafe int runc_ioctl(int fd, nuint request, void* arg);

        [DllImport("libc.so.6")]
        public static extern int close(int fd);
    }
}
