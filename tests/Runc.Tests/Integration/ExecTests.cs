using System;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using Runc.Tests.Support;
using Xunit;

namespace Runc.Tests.Integration;

/// <summary>`runc exec`: namespaces, exit codes, the process's settings, --process, --detach, and the errors.</summary>
[Trait("Category", "Integration")]
public class ExecTests
{
    private static string Link(string path) => new FileInfo(path).LinkTarget!;

    private static int StartSleeper(TestBundle b)
    {
        var r = b.Runc("run", "-d", b.Id);
        Assert.True(r.ExitCode == 0, r.ToString());
        return (int)JsonNode.Parse(b.Runc("state", b.Id).Stdout)!["pid"]!;
    }

    [RequiresRootFact]
    public void ExecJoinsEveryNamespaceOfTheInit()
    {
        using var b = new TestBundle("execns").Args("sleep", "60");
        b.Config["linux"]!["namespaces"]!.AsArray().Add(JsonNode.Parse("""{"type":"cgroup"}"""));
        int init = StartSleeper(b);
        var r = b.Runc("exec", b.Id, "sh", "-c", "for n in pid net ipc uts mnt cgroup; do echo $n $(readlink /proc/self/ns/$n); done; echo self $$; cat /proc/1/cmdline");
        Assert.True(r.ExitCode == 0, r.ToString());
        string[] lines = r.Stdout.Trim().Split('\n');
        for (int i = 0; i < 6; i++)
        {
            string[] f = lines[i].Split(' ');
            Assert.Equal(Link($"/proc/{init}/ns/{f[0]}"), f[1]);
            Assert.NotEqual(Link($"/proc/self/ns/{f[0]}"), f[1]);
        }
        // really in the pid namespace: a small pid, and pid 1 is the container's sleep
        int self = int.Parse(lines[6].Split(' ')[1]);
        Assert.InRange(self, 2, 100);
        Assert.StartsWith("sleep\u000060", lines[7]);
    }

    [RequiresRootFact]
    public void ExitCodesPropagate()
    {
        using var b = new TestBundle("execcode").Args("sleep", "60");
        StartSleeper(b);
        Assert.Equal(3, b.Runc("exec", b.Id, "sh", "-c", "exit 3").ExitCode);
        Assert.Equal(137, b.Runc("exec", b.Id, "sh", "-c", "kill -9 $$").ExitCode);
        Assert.Equal(0, b.Runc("exec", b.Id, "true").ExitCode);
    }

    [RequiresRootFact]
    public void EnvCwdUserAndAdditionalGidsApply()
    {
        using var b = new TestBundle("execuser").Args("sleep", "60");
        StartSleeper(b);
        var r = b.Runc("exec", "-u", "1000:1001", "-g", "10", "--additional-gids", "20", "--cwd", "/tmp",
            "-e", "FOO=bar", "--env", "TERM=dumb", b.Id, "sh", "-c", "id; pwd; echo $FOO $TERM $HOME; env | grep -c ^TERM=");
        Assert.True(r.ExitCode == 0, r.ToString());
        string[] lines = r.Stdout.Trim().Split('\n');
        Assert.Equal("uid=1000 gid=1001 groups=10,20", lines[0]);
        Assert.Equal("/tmp", lines[1]);
        Assert.Equal("bar dumb /", lines[2]);
        Assert.Equal("1", lines[3]); // the override replaced config.json's TERM
    }

    [RequiresRootFact]
    public void ProcessFileWithDetachAndPidFileAsContainerdCallsIt()
    {
        using var b = new TestBundle("execproc").Args("sleep", "60");
        int init = StartSleeper(b);
        string processJson = Path.Combine(b.Dir, "process.json");
        File.WriteAllText(processJson, """{"terminal":false,"user":{"uid":0,"gid":0},"args":["sleep","31"],"env":["PATH=/bin"],"cwd":"/"}""");
        string pidFile = Path.Combine(b.Dir, "exec.pid");
        var r = b.Runc("exec", "--process", processJson, "--detach", "--pid-file", pidFile, b.Id);
        Assert.True(r.ExitCode == 0, r.ToString());
        int pid = int.Parse(File.ReadAllText(pidFile));
        Assert.Equal("sleep\u000031\u0000", File.ReadAllText($"/proc/{pid}/cmdline"));
        Assert.Equal(Link($"/proc/{init}/ns/pid"), Link($"/proc/{pid}/ns/pid"));
        Assert.Equal(Link($"/proc/{init}/ns/mnt"), Link($"/proc/{pid}/ns/mnt"));
        Native.Kill(pid, 9);

        File.WriteAllText(processJson, """{"args":["true"]}""");
        var bad = b.Runc("exec", "-p", processJson, b.Id);
        Assert.Equal(255, bad.ExitCode);
        Assert.Contains("exec failed: Cwd property must not be empty", bad.Stderr);
    }

    [RequiresRootFact]
    public void ExecIntoAUserNamespaceIsRootThere()
    {
        using var b = new TestBundle("execuserns").Args("sleep", "60");
        b.Config["linux"]!["namespaces"]!.AsArray().Add(JsonNode.Parse("""{"type":"user"}"""));
        b.Config["linux"]!["uidMappings"] = JsonNode.Parse("""[{"containerID":0,"hostID":100000,"size":65536}]""");
        b.Config["linux"]!["gidMappings"] = JsonNode.Parse("""[{"containerID":0,"hostID":200000,"size":65536}]""");
        var mounts = b.Config["mounts"]!.AsArray();
        for (int i = mounts.Count - 1; i >= 0; i--)
            if ((string?)mounts[i]!["destination"] == "/sys/fs/cgroup")
                mounts.RemoveAt(i);
        int init = StartSleeper(b);
        var r = b.Runc("exec", "-u", "5:6", b.Id, "sh", "-c", "readlink /proc/self/ns/user; readlink /proc/self/ns/mnt; id -u; id -g");
        Assert.True(r.ExitCode == 0, r.ToString());
        string[] lines = r.Stdout.Trim().Split('\n');
        Assert.Equal(Link($"/proc/{init}/ns/user"), lines[0]);
        Assert.Equal(Link($"/proc/{init}/ns/mnt"), lines[1]);
        Assert.Equal("5", lines[2]);
        Assert.Equal("6", lines[3]);
        // host view: the exec'd process's ids are the mapped ones
        var root = b.Runc("exec", b.Id, "sh", "-c", "cat /proc/self/uid_map");
        Assert.Equal("0 100000 65536", string.Join(' ', root.Stdout.Split(new[] { ' ', '\n' }, StringSplitOptions.RemoveEmptyEntries)));
    }

    [RequiresRootFact]
    public void ErrorsAreRuncs()
    {
        using var b = new TestBundle("execerr").Args("sleep", "60");
        StartSleeper(b);
        var noArgs = b.Runc("exec", b.Id);
        Assert.Equal(255, noArgs.ExitCode);
        Assert.Contains("exec failed: process args cannot be empty", noArgs.Stderr);
        var missing = b.Runc("exec", b.Id, "no-such-program");
        Assert.Equal(255, missing.ExitCode);
        Assert.Contains("exec failed: unable to start container process: exec: \\\"no-such-program\\\": executable file not found in $PATH", missing.Stderr);
        var cwd = b.Runc("exec", "--cwd", "/no/such", b.Id, "true");
        Assert.Equal(255, cwd.ExitCode);
        Assert.Contains("chdir to cwd (\\\"/no/such\\\") set in config.json failed: no such file or directory", cwd.Stderr);
        var tty = b.Runc("exec", "-t", "-d", b.Id, "true");
        Assert.Equal(255, tty.ExitCode);
        Assert.Contains("cannot allocate tty if runc will detach without setting console socket", tty.Stderr);
        var sock = b.Runc("exec", "--console-socket", "/nonexistent.sock", b.Id, "true");
        Assert.Contains("cannot use console socket if runc will not detach or allocate tty", sock.Stderr);
        var uid = b.Runc("exec", "-u", "x", b.Id, "true");
        Assert.Contains("parsing x as int for uid failed", uid.Stderr);
        var gid = b.Runc("exec", "-g", "-1", b.Id, "true");
        Assert.Contains("additional-gids must be a positive number -1", gid.Stderr);
        var cg = b.Runc("exec", "--cgroup", "a:b:c", b.Id, "true");
        Assert.Contains("invalid --cgroup argument: a:b:c", cg.Stderr);
        var none = b.Runc("exec", b.Id + "-nope", "true");
        Assert.Equal(255, none.ExitCode);
        Assert.Contains("exec failed: container does not exist", none.Stderr);

        Assert.Equal(0, b.Runc("kill", b.Id, "KILL").ExitCode);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!b.Runc("state", b.Id).Stdout.Contains("\"stopped\"") && DateTime.UtcNow < deadline)
            Thread.Sleep(20);
        var stopped = b.Runc("exec", b.Id, "true");
        Assert.Equal(255, stopped.ExitCode);
        Assert.Contains("exec failed: cannot exec in a stopped container", stopped.Stderr);
    }
    [RequiresRootFact]
    public void CapNoNewPrivsRlimitsAndPreservedFds()
    {
        using var b = new TestBundle("execcaps").Args("sleep", "60");
        StartSleeper(b);
        var r = b.Runc("exec", "--cap", "CAP_NET_ADMIN", "--no-new-privs", b.Id, "sh", "-c", "grep -E '^(CapEff|CapAmb|NoNewPrivs)' /proc/self/status");
        Assert.True(r.ExitCode == 0, r.ToString());
        var status = r.Stdout;
        ulong eff = System.Convert.ToUInt64(Field(status, "CapEff"), 16), amb = System.Convert.ToUInt64(Field(status, "CapAmb"), 16);
        Assert.NotEqual(0ul, eff & (1ul << 12)); // CAP_NET_ADMIN, added to every set
        Assert.NotEqual(0ul, amb & (1ul << 12));
        Assert.Equal("1", Field(status, "NoNewPrivs"));
        var plain = b.Runc("exec", b.Id, "sh", "-c", "grep ^CapEff /proc/self/status");
        Assert.Equal(0ul, System.Convert.ToUInt64(Field(plain.Stdout, "CapEff"), 16) & (1ul << 12));

        string processJson = Path.Combine(b.Dir, "process.json");
        File.WriteAllText(processJson, """{"args":["sh","-c","ulimit -n; cat <&3"],"cwd":"/","env":["PATH=/bin"],"rlimits":[{"type":"RLIMIT_NOFILE","hard":321,"soft":123}]}""");
        string fd3 = Path.Combine(b.Dir, "fd3");
        File.WriteAllText(fd3, "from fd 3\n");
        var limited = RuncBinary.Run(new[] { "--root", b.Root, "exec", "--preserve-fds", "1", "-p", processJson, b.Id }, b.Dir, stdinFd3File: fd3);
        Assert.True(limited.ExitCode == 0, limited.ToString());
        Assert.Equal("123\nfrom fd 3\n", limited.Stdout);
    }

    [RequiresRootFact]
    public void ExecIntoACreatedContainer()
    {
        using var b = new TestBundle("execcreated").Args("sleep", "60");
        Assert.Equal(0, b.Runc("create", b.Id).ExitCode);
        var r = b.Runc("exec", b.Id, "sh", "-c", "cat /proc/1/cmdline | head -c 4");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("runc", r.Stdout); // pid 1 still waits for start
    }

    private static string Field(string status, string name)
    {
        foreach (string line in status.Split('\n'))
            if (line.StartsWith(name + ":"))
                return line[(name.Length + 1)..].Trim();
        throw new Xunit.Sdk.XunitException($"{name} missing in:\n{status}");
    }
}
