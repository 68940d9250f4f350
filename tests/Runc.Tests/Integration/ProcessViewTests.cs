using System.Text.Json.Nodes;
using Runc.Tests.Support;
using Xunit;

namespace Runc.Tests.Integration;

/// <summary>What the container's process sees: pid, hostname, identity, env, cwd, limits.</summary>
[Trait("Category", "Integration")]
public class ProcessViewTests
{
    [RequiresRootFact]
    public void ProcessIsPidOneWithTheConfiguredHostname()
    {
        using var b = new TestBundle("pid1").Shell("echo pid=$$; hostname; cat /proc/sys/kernel/hostname");
        b.Config["hostname"] = "box-under-test";
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("pid=1\nbox-under-test\nbox-under-test\n", r.Stdout);
    }

    [RequiresRootFact]
    public void UserGroupsUmaskEnvAndCwdAreApplied()
    {
        using var b = new TestBundle("identity").Shell("id -u; id -g; id -G; umask; pwd; echo $FOO; echo $HOME");
        var user = b.Config["process"]!["user"]!.AsObject();
        user["uid"] = 1000;
        user["gid"] = 1001;
        user["additionalGids"] = new JsonArray(5, 6);
        user["umask"] = 0x3f; // 077
        b.Config["process"]!["cwd"] = "/tmp";
        var env = b.Config["process"]!["env"]!.AsArray();
        env.Add("FOO=bar baz");
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("1000\n1001\n1001 5 6\n0077\n/tmp\nbar baz\n/\n", r.Stdout);
    }

    [RequiresRootFact]
    public void AMissingCwdIsCreatedInsideTheRootAsRuncDoes()
    {
        using var b = new TestBundle("mkcwd").Shell("pwd; stat -c '%a %u' .");
        string rootfs = System.IO.Path.Combine(b.Dir, "rootfs");
        System.IO.Directory.CreateDirectory(rootfs);
        foreach (string d in new[] { "bin", "proc", "dev", "sys", "tmp" })
            System.IO.Directory.CreateDirectory(System.IO.Path.Combine(rootfs, d));
        System.IO.File.Copy(System.IO.Path.Combine(b.Rootfs, "bin", "busybox"), System.IO.Path.Combine(rootfs, "bin", "sh"));
        foreach (string applet in new[] { "pwd", "stat" })
            System.IO.File.CreateSymbolicLink(System.IO.Path.Combine(rootfs, "bin", applet), "sh");
        b.Config["root"]!["path"] = rootfs;
        b.Config["process"]!["cwd"] = "/made/for/you";
        b.Config["process"]!["user"]!["uid"] = 1000;
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("/made/for/you\n755 0\n", r.Stdout);
        Assert.True(System.IO.Directory.Exists(System.IO.Path.Combine(rootfs, "made", "for", "you")));
    }

    [RequiresRootFact]
    public void HomeComesFromTheContainersPasswdForRoot()
    {
        using var b = new TestBundle("home").Shell("echo $HOME");
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("/root\n", r.Stdout);
    }

    [RequiresRootFact]
    public void RlimitsAreSetSoftAndHard()
    {
        using var b = new TestBundle("rlimits").Shell("ulimit -S -n; ulimit -H -n; ulimit -S -c; ulimit -H -c");
        b.Config["process"]!["rlimits"] = JsonNode.Parse("""
            [{"type":"RLIMIT_NOFILE","hard":2048,"soft":512},{"type":"RLIMIT_CORE","hard":4096,"soft":1024}]
            """);
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        // busybox prints RLIMIT_CORE in 512-byte blocks... in KiB units for -c: 1024 B = 2 blocks of 512
        Assert.Equal("512\n2048\n2\n8\n", r.Stdout);
    }

    [RequiresRootFact]
    public void NoNewPrivilegesIsSetWhenAsked()
    {
        using var b = new TestBundle("nnp").Shell("grep NoNewPrivs /proc/self/status");
        b.Config["process"]!["noNewPrivileges"] = true;
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("NoNewPrivs:\t1\n", r.Stdout);

        using var off = new TestBundle("nnp-off").Shell("grep NoNewPrivs /proc/self/status");
        off.Config["process"]!["noNewPrivileges"] = false;
        var r2 = off.Run();
        Assert.Equal("NoNewPrivs:\t0\n", r2.Stdout);
    }

    [RequiresRootFact]
    public void OnlyStdioReachesTheContainer()
    {
        using var b = new TestBundle("fds").Shell("ls /proc/self/fd");
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        // 0, 1, 2 and the directory ls itself opened (3)
        Assert.Equal("0\n1\n2\n3\n", r.Stdout);
    }

    [RequiresRootFact]
    public void LoopbackIsUpInANewNetworkNamespace()
    {
        using var b = new TestBundle("lo").Shell("cat /sys/class/net/lo/operstate; cat /sys/class/net/lo/flags");
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        string[] lines = r.Stdout.Split('\n');
        Assert.Equal("0x9", lines[1]); // IFF_UP | IFF_LOOPBACK
    }

    [RequiresRootFact]
    public void DomainnameAndOomScoreAdjAreApplied()
    {
        using var b = new TestBundle("domain").Shell("cat /proc/sys/kernel/domainname /proc/self/oom_score_adj");
        b.Config["domainname"] = "example.test";
        b.Config["process"]!["oomScoreAdj"] = 500;
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("example.test\n500\n", r.Stdout);
    }

    [RequiresRootFact]
    public void PreservedFdsReachTheContainerAndPidFileIsWritten()
    {
        using var b = new TestBundle("preserve").Shell("ls /proc/self/fd | tr '\\n' ' '; cat <&3");
        string data = System.IO.Path.Combine(b.Dir, "data");
        System.IO.File.WriteAllText(data, "through fd 3");
        string pidFile = System.IO.Path.Combine(b.Dir, "pid");
        b.Save();
        // the shell opens fd 3 on a file, runc passes it on with --preserve-fds 1
        var r = RuncBinary.Run(new[] { "--root", b.Root, "run", "--preserve-fds", "1", "--pid-file", pidFile, b.Id }, b.Dir, stdinFd3File: data);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("0 1 2 3 4 through fd 3", r.Stdout.TrimEnd());
        Assert.True(int.Parse(System.IO.File.ReadAllText(pidFile)) > 0);
    }
}
