using System;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using Runc.Tests.Support;
using Xunit;

namespace Runc.Tests.Integration;

/// <summary>create → start → stopped → delete, state output, kill, exit codes, and the errors of each wrong step.</summary>
[Trait("Category", "Integration")]
public class LifecycleTests
{
    private static JsonObject State(TestBundle b)
    {
        var r = b.Runc("state", b.Id);
        Assert.True(r.ExitCode == 0, r.ToString());
        return JsonNode.Parse(r.Stdout)!.AsObject();
    }

    private static void WaitForStatus(TestBundle b, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((string?)State(b)["status"] != status)
        {
            Assert.True(DateTime.UtcNow < deadline, $"container never became {status}: {State(b)}");
            Thread.Sleep(20);
        }
    }

    /// <summary>state and list --format json escape strings as Go's encoding/json does (HTML-safe).</summary>
    [RequiresRootFact]
    public void StateAndListEscapeAnnotationsAsGo()
    {
        using var b = new TestBundle("goesc").Args("sleep", "30");
        b.Config["annotations"] = new System.Text.Json.Nodes.JsonObject { ["x"] = "a<b>&c é \u2028" };
        Assert.Equal(0, b.Runc("create", b.Id).ExitCode);
        string state = b.Runc("state", b.Id).Stdout;
        string list = b.Runc("list", "--format", "json").Stdout;
        b.Runc("delete", "-f", b.Id);
        Assert.Contains("\"x\": \"a\\u003cb\\u003e\\u0026c é \\u2028\"", state);
        Assert.Contains("\"annotations\":{\"x\":\"a\\u003cb\\u003e\\u0026c é \\u2028\"}", list);
    }

    [RequiresRootFact]
    public void FullCycleThroughEveryState()
    {
        using var b = new TestBundle("cycle").Shell("read line < /dev/null; sleep 0.3");
        var create = b.Runc("create", b.Id);
        Assert.True(create.ExitCode == 0, create.ToString());

        var s = State(b);
        Assert.Equal("created", (string?)s["status"]);
        Assert.Equal(b.Id, (string?)s["id"]);
        Assert.Equal(b.Dir, (string?)s["bundle"]);
        Assert.Equal(b.Rootfs, (string?)s["rootfs"]);
        Assert.Equal("", (string?)s["owner"]);
        int pid = (int)s["pid"]!;
        Assert.True(pid > 0);
        Assert.Contains("runc:[2:INIT]", File.ReadAllText($"/proc/{pid}/stat"));
        Assert.True(DateTime.Parse((string)s["created"]!).ToUniversalTime() > DateTime.UtcNow.AddMinutes(-5));

        var start = b.Runc("start", b.Id);
        Assert.True(start.ExitCode == 0, start.ToString());
        Assert.Equal("running", (string?)State(b)["status"]);

        var again = b.Runc("start", b.Id);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("cannot start an already running container", again.Stderr);

        var early = b.Runc("delete", b.Id);
        Assert.Equal(1, early.ExitCode);
        Assert.Contains($"cannot delete container {b.Id} that is not stopped: running", early.Stderr);

        WaitForStatus(b, "stopped");
        Assert.Equal(0, (int)State(b)["pid"]!);

        var del = b.Runc("delete", b.Id);
        Assert.True(del.ExitCode == 0, del.ToString());
        Assert.False(Directory.Exists(Path.Combine(b.Root, b.Id)));
        var gone = b.Runc("state", b.Id);
        Assert.Equal(1, gone.ExitCode);
        Assert.Contains("container does not exist", gone.Stderr);
    }

    [RequiresRootFact]
    public void ListShowsContainersInTableAndJson()
    {
        using var b = new TestBundle("list").Args("sleep", "10");
        Assert.Equal(0, b.Runc("create", b.Id).ExitCode);
        var table = b.Runc("list");
        Assert.StartsWith("ID", table.Stdout);
        Assert.Contains(b.Id, table.Stdout);
        Assert.Contains("created", table.Stdout);
        var json = JsonNode.Parse(b.Runc("list", "--format", "json").Stdout)!.AsArray();
        Assert.Single(json);
        Assert.Equal("root", (string?)json[0]!["owner"]);
        Assert.Equal(b.Id + "\n", b.Runc("list", "-q").Stdout);
        Assert.Equal(0, b.Runc("delete", b.Id).ExitCode);
        Assert.Equal("null\n", b.Runc("list", "-f", "json").Stdout);
    }

    [RequiresRootFact]
    public void KillByNameAndNumberThenDelete()
    {
        using var b = new TestBundle("kill").Args("sleep", "100");
        Assert.Equal(0, b.Runc("run", "-d", b.Id).ExitCode);
        Assert.Equal("running", (string?)State(b)["status"]);
        var bad = b.Runc("kill", b.Id, "SIGNOPE");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("unknown signal", bad.Stderr);
        Assert.Equal(0, b.Runc("kill", b.Id, "9").ExitCode);
        WaitForStatus(b, "stopped");
        var after = b.Runc("kill", b.Id, "KILL");
        Assert.Equal(1, after.ExitCode);
        Assert.Contains("container not running", after.Stderr);
        Assert.Equal(0, b.Runc("delete", b.Id).ExitCode);
    }

    [RequiresRootFact]
    public void DeleteForceKillsARunningContainer()
    {
        using var b = new TestBundle("force").Args("sleep", "100");
        Assert.Equal(0, b.Runc("run", "--detach", b.Id).ExitCode);
        int pid = (int)State(b)["pid"]!;
        var r = b.Runc("delete", "--force", b.Id);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.False(Directory.Exists(Path.Combine(b.Root, b.Id)));
        Assert.False(File.Exists($"/proc/{pid}/cmdline") && File.ReadAllText($"/proc/{pid}/cmdline").Contains("sleep"));
    }

    [RequiresRootFact]
    public void DeleteOfACreatedContainerKillsItsInit()
    {
        using var b = new TestBundle("delcreated").Args("true");
        Assert.Equal(0, b.Runc("create", b.Id).ExitCode);
        int pid = (int)State(b)["pid"]!;
        Assert.Equal(0, b.Runc("delete", b.Id).ExitCode);
        Thread.Sleep(50);
        Assert.False(File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z"));
    }

    [RequiresRootFact]
    public void ExitCodeOfTheContainerIsRunsExitCode()
    {
        using var b = new TestBundle("exit").Shell("exit 42");
        Assert.Equal(42, b.Run().ExitCode);
    }

    [RequiresRootFact]
    public void KilledContainerGives128PlusSignal()
    {
        using var b = new TestBundle("signal").Args("sleep", "100");
        b.Save();
        RunResult? result = null;
        var t = new Thread(() => result = b.Runc("run", b.Id));
        t.Start();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var st = b.Runc("state", b.Id);
            if (st.ExitCode == 0 && (string?)JsonNode.Parse(st.Stdout)!["status"] == "running")
                break;
            Assert.True(DateTime.UtcNow < deadline, "container did not start");
            Thread.Sleep(20);
        }
        Assert.Equal(0, b.Runc("kill", b.Id, "KILL").ExitCode);
        Assert.True(t.Join(10_000));
        Assert.Equal(137, result!.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(b.Root, b.Id)), "run deletes the container after it exits");
    }

    [RequiresRootFact]
    public void SignalsToForegroundRunAreForwarded()
    {
        using var b = new TestBundle("forward").Shell("trap 'echo got-term; exit 7' TERM; echo ready; while true; do sleep 0.05; done");
        b.Save();
        var psi = new System.Diagnostics.ProcessStartInfo(RuncBinary.Path) { RedirectStandardOutput = true, WorkingDirectory = b.Dir };
        foreach (string a in new[] { "--root", b.Root, "run", b.Id })
            psi.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(psi)!;
        Assert.Equal("ready", p.StandardOutput.ReadLine());
        Native.Kill(p.Id, 15);
        Assert.True(p.WaitForExit(10_000));
        Assert.Equal("got-term", p.StandardOutput.ReadLine());
        Assert.Equal(7, p.ExitCode);
    }

    [RequiresRootFact]
    public void CreatedContainerWaitsInTheSmallWaiterAndStartsIntact()
    {
        using var b = new TestBundle("waiter");
        b.Config["process"]!["user"]!["uid"] = 1000;
        File.SetUnixFileMode(b.Dir, (UnixFileMode)0x1ff);
        string log = Path.Combine(b.Dir, "out.txt");
        b.Config["mounts"]!.AsArray().Add(JsonNode.Parse($$"""{"destination":"/out","type":"bind","source":"{{b.Dir}}","options":["rbind","rw"]}"""));
        b.Shell("exec > /out/out.txt; env | grep -c EXECWAIT; ls /proc/self/fd | tr '\\n' ' '; id -u; cat /proc/self/comm");
        Assert.Equal(0, b.Runc("create", b.Id).ExitCode);
        int pid = (int)State(b)["pid"]!;
        string status = File.ReadAllText($"/proc/{pid}/status");
        long rssKb = long.Parse(status.Split("VmRSS:")[1].Split("kB")[0].Trim());
        Assert.True(rssKb < 512, $"a created container holds {rssKb} kB");
        Assert.Equal("runc:[2:INIT]", File.ReadAllText($"/proc/{pid}/comm").Trim());
        Assert.Equal(0, b.Runc("start", b.Id).ExitCode);
        WaitForStatus(b, "stopped");
        Assert.Equal("0\n0 1 2 3 1000\ncat\n", File.ReadAllText(log));
    }
}
