using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using System.Threading;
using Runc.Tests.Support;
using Xunit;

namespace Runc.Tests.Integration;

/// <summary>
/// Bundles that try the known container escapes; each test shows the attempt contained
/// (docs/SECURITY.md lists them).
/// </summary>
[Trait("Category", "Integration")]
public class HostileBundleTests
{
    private static void AddMount(TestBundle b, string json) => b.Config["mounts"]!.AsArray().Add(JsonNode.Parse(json));

    private static void GrantSysAdmin(TestBundle b)
    {
        var caps = b.Config["process"]!["capabilities"]!.AsObject();
        foreach (string set in new[] { "bounding", "effective", "permitted" })
            caps[set]!.AsArray().Add("CAP_SYS_ADMIN");
    }

    private static int InitPid(TestBundle b) => (int)JsonNode.Parse(b.Runc("state", b.Id).Stdout)!["pid"]!;

    private static void WaitForStatus(TestBundle b, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((string?)JsonNode.Parse(b.Runc("state", b.Id).Stdout)!["status"] != status)
        {
            Assert.True(DateTime.UtcNow < deadline, $"container never became {status}");
            Thread.Sleep(20);
        }
    }

    /// <summary>
    /// CVE-2019-5736: keep /proc/&lt;init&gt;/exe open while the init is our binary, let the init
    /// exec the container's process, then reopen the kept fd for writing, as the exploit did. Our
    /// init runs from a read-only detached mount of the binary (a config with seccomp keeps the
    /// .NET init waiting; without, the waiter runs from a sealed memfd): the write fails either way.
    /// </summary>
    [RequiresRootTheory]
    [InlineData(true)]
    [InlineData(false)]
    public unsafe void RuntimeBinaryCannotBeRewrittenThroughProcExe(bool withSeccomp)
    {
        using var b = new TestBundle("cve-2019-5736").Args("sleep", "30");
        if (withSeccomp)
            b.Config["linux"]!["seccomp"] = JsonNode.Parse("""{"defaultAction":"SCMP_ACT_ALLOW"}""");
        Assert.Equal(0, b.Runc("create", b.Id).ExitCode);
        int pid = InitPid(b);
        int kept = Libc.open($"/proc/{pid}/exe", 0x200000 /* O_PATH */, 0);
        Assert.True(kept >= 0, "cannot open the init's exe");
        try
        {
            Assert.Equal(0, b.Runc("start", b.Id).ExitCode);
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (File.ReadAllText($"/proc/{pid}/comm").Trim() != "sleep" && DateTime.UtcNow < deadline)
                Thread.Sleep(10);
            // ETXTBSY while some runc process (other tests) runs this binary: the exploit retried
            // until none did; what must stop it then is the read-only mount.
            int w;
            var until = DateTime.UtcNow.AddSeconds(20);
            while ((w = Libc.open($"/proc/self/fd/{kept}", 1 /* O_WRONLY */, 0)) < 0 &&
                   Marshal.GetLastPInvokeError() == 26 /* ETXTBSY */ && DateTime.UtcNow < until)
                Thread.Sleep(5);
            if (w >= 0)
            {
                byte x = 0;
                long n = Libc.write(w, &x, 1);
                int errno = Marshal.GetLastPInvokeError();
                Libc.close(w);
                Assert.True(n < 0, "the runtime binary was writable through /proc/<init>/exe");
                Assert.Equal(1 /* EPERM: sealed memfd */, errno);
            }
            else
            {
                Assert.Equal(30 /* EROFS */, Marshal.GetLastPInvokeError());
            }
        }
        finally
        {
            Libc.close(kept);
        }
    }

    /// <summary>
    /// CVE-2024-21626: a cwd through a descriptor the runtime might leak (/proc/self/fd/N) must not
    /// land the process outside its root; and only stdio reaches the process.
    /// </summary>
    [RequiresRootFact]
    public void CwdThroughALeakedDescriptorIsRefused()
    {
        int caught = 0;
        for (int fd = 3; fd <= 12; fd++)
        {
            using var b = new TestBundle("cve-2024-21626").Shell("echo ran; pwd; ls /proc/self/fd");
            b.Config["process"]!["cwd"] = $"/proc/self/fd/{fd}";
            var r = b.Run();
            if (r.ExitCode == 0)
            {
                // Only when fd N led somewhere inside the root; stdio alone reaches the process.
                Assert.StartsWith("ran\n/", r.Stdout);
                Assert.DoesNotContain("(unreachable)", r.Stdout);
                Assert.EndsWith("0\n1\n2\n3\n", r.Stdout);
            }
            else
            {
                Assert.DoesNotContain("ran", r.Stdout);
                Assert.Matches("outside of container root|chdir to cwd", r.Stderr);
                if (r.Stderr.Contains("outside of container root", StringComparison.Ordinal))
                    caught++;
            }
        }
        // The init holds a directory of the host (its handle on the host's /proc) when it changes
        // directory: one of these cwds reached it, and the check after chdir caught it.
        Assert.True(caught >= 1, "no cwd reached a host directory: the test no longer exercises the check");
    }

    /// <summary>
    /// CVE-2021-30465: a mount whose destination goes through a symlink (from an earlier mount)
    /// pointing outside the rootfs is made inside the rootfs.
    /// </summary>
    [RequiresRootFact]
    public void MountThroughASymlinkToTheHostStaysInsideTheRoot()
    {
        using var b = new TestBundle("cve-2021-30465").Args("true");
        string hostSide = Path.Combine(b.Dir, "hostside");
        Directory.CreateDirectory(hostSide);
        File.WriteAllText(Path.Combine(hostSide, "marker"), "host");
        string inner = Path.Combine(b.Dir, "inner");
        Directory.CreateDirectory(inner);
        // /tmp/evil -> ../../../../<hostSide>: outside the root for a resolver that does not confine.
        File.CreateSymbolicLink(Path.Combine(inner, "evil"), "../../../../../../../.." + hostSide);
        File.CreateSymbolicLink(Path.Combine(inner, "evil2"), "/tmp/escape-target");
        AddMount(b, $$"""{"destination":"/tmp","type":"bind","source":"{{inner}}","options":["rbind","rw"]}""");
        AddMount(b, """{"destination":"/tmp/evil","type":"tmpfs","source":"tmpfs","options":["size=1m"]}""");
        AddMount(b, """{"destination":"/tmp/evil2/x","type":"tmpfs","source":"tmpfs","options":["size=1m"]}""");
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        // The host directory was never mounted over; the in-root twins were created instead.
        Assert.Equal("host", File.ReadAllText(Path.Combine(hostSide, "marker")));
        // In the root, /tmp is `inner`: the twin of hostSide (a /tmp path) was made there.
        Assert.True(hostSide.StartsWith("/tmp/", StringComparison.Ordinal), hostSide);
        Assert.True(Directory.Exists(inner + hostSide["/tmp".Length..]), "the destination did not resolve inside the root");
        Assert.True(Directory.Exists(Path.Combine(inner, "escape-target", "x")), "the absolute symlink did not resolve inside the root");
        Assert.False(Directory.Exists("/tmp/escape-target"));
    }

    /// <summary>
    /// CVE-2025-31133: /dev/null in the container replaced (here by a bind of a host file) before
    /// the masking: masked paths still get the real null device, never the decoy.
    /// </summary>
    [RequiresRootFact]
    public void MaskingDoesNotUseASwappedDevNull()
    {
        using var b = new TestBundle("cve-2025-31133").Shell("cat /proc/version | wc -c; stat -c '%F %t:%T' /proc/version; echo pwn > /proc/version; true");
        string decoy = Path.Combine(b.Dir, "decoy");
        File.WriteAllText(decoy, "DECOY\n");
        AddMount(b, $$"""{"destination":"/dev/null","type":"bind","source":"{{decoy}}","options":["bind","rw"]}""");
        b.Config["linux"]!["maskedPaths"]!.AsArray().Add("/proc/version");
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("0\ncharacter special file 1:3\n", r.Stdout);
        Assert.Equal("DECOY\n", File.ReadAllText(decoy));
    }

    /// <summary>
    /// CVE-2025-52881: a tmpfs over /proc/sys cannot swallow a sysctl; the runtime writes it through
    /// the real procfs (the container, given CAP_SYS_ADMIN, lifts the tmpfs and reads the value).
    /// </summary>
    [RequiresRootFact]
    public void SysctlGoesToTheRealProcfsUnderATmpfsOverProcSys()
    {
        using var b = new TestBundle("cve-2025-52881-sysctl").Shell(
            "ls /proc/sys | wc -l; umount /proc/sys && umount /proc/sys && cat /proc/sys/net/ipv4/ip_forward");
        GrantSysAdmin(b);
        AddMount(b, """{"destination":"/proc/sys","type":"tmpfs","source":"tmpfs","options":["size=1m"]}""");
        b.Config["linux"]!["sysctl"] = JsonNode.Parse("""{"net.ipv4.ip_forward":"1"}""");
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("0\n1\n", r.Stdout);
    }

    /// <summary>CVE-2025-52881: a bind over /proc/self/attr/exec (through the "self" symlink) is refused like runc's checkProcMount.</summary>
    [RequiresRootFact]
    public void BindOverProcSelfIsRefused()
    {
        using var b = new TestBundle("cve-2025-52881-bind").Args("true");
        string decoy = Path.Combine(b.Dir, "decoy");
        File.WriteAllText(decoy, "decoy");
        AddMount(b, $$"""{"destination":"/proc/self/attr/exec","type":"bind","source":"{{decoy}}","options":["bind","rw"]}""");
        b.Config["process"]!["apparmorProfile"] = "unconfined";
        var r = b.Run();
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("to rootfs at \\\"/proc/self/attr/exec\\\": \\\"" + b.Rootfs + "/proc/1/attr/exec\\\" cannot be mounted because it is inside /proc", r.Stderr);
        Assert.Equal("decoy", File.ReadAllText(decoy));
    }

    /// <summary>
    /// CVE-2025-52881: a tmpfs over the init's /proc/&lt;pid&gt; (what /proc/self resolves to) cannot
    /// take the AppArmor exec label: it goes to the real procfs, where the kernel answers (on a
    /// host without AppArmor, EINVAL: the create fails instead of running unconfined).
    /// </summary>
    [RequiresRootFact]
    public void AppArmorLabelGoesToTheRealProcfs()
    {
        using var b = new TestBundle("cve-2025-52881-aa").Shell("cat /proc/self/attr/current");
        AddMount(b, """{"destination":"/proc/1","type":"tmpfs","source":"tmpfs","options":["size=1m"]}""");
        b.Config["process"]!["apparmorProfile"] = "unconfined";
        var r = b.Run();
        if (AppArmorEnabled())
        {
            Assert.True(r.ExitCode == 0, r.ToString());
            Assert.StartsWith("unconfined", r.Stdout);
        }
        else
        {
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("unable to apply apparmor profile: apparmor failed to apply profile: write /proc/self/attr/exec: invalid argument", r.Stderr);
        }
    }

    internal static bool AppArmorEnabled() =>
        Directory.Exists("/sys/kernel/security/apparmor") &&
        File.Exists("/sys/module/apparmor/parameters/enabled") &&
        File.ReadAllText("/sys/module/apparmor/parameters/enabled").StartsWith('Y');

    private static unsafe partial class Libc
    {
        [DllImport("libc.so.6", SetLastError = true)]
        public static extern int open(string path, int flags, int mode);

        [DllImport("libc.so.6", SetLastError = true)]
        public static extern long write(int fd, byte* buf, nint count);

        [DllImport("libc.so.6")]
        public static extern int close(int fd);
    }
}
