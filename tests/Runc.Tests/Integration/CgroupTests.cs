using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using Runc.Tests.Support;
using Xunit;

namespace Runc.Tests.Integration;

/// <summary>Cgroups on a cgroup v1 host, against the kernel: where the container lands, that its
/// limits take effect, pause/resume, update, ps, events, and that nothing is left behind.</summary>
[Trait("Category", "Integration")]
public class CgroupTests
{
    internal static int Pid(TestBundle b)
    {
        var r = b.Runc("state", b.Id);
        Assert.True(r.ExitCode == 0, r.ToString());
        return (int)JsonNode.Parse(r.Stdout)!["pid"]!;
    }

    internal static void Resources(TestBundle b, string json) => b.Config["linux"]!["resources"] = JsonNode.Parse(json);

    internal static void RunDetached(TestBundle b)
    {
        var r = b.Runc("run", "-d", b.Id);
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    [RequiresCgroupV1Fact]
    public void DefaultPathIsTheIdUnderOurOwnCgroupAndDeleteRemovesIt()
    {
        using var b = new TestBundle("cgpath").Args("sleep", "30");
        Assert.Equal(0, b.Runc("create", b.Id).ExitCode);
        int pid = Pid(b);
        string own = File.ReadAllText("/proc/self/cgroup");
        foreach (string c in new[] { "cpu", "memory", "pids", "devices", "freezer" })
        {
            string dir = CgroupProbe.Dir(pid, c);
            Assert.EndsWith("/" + b.Id, dir);
            Assert.Equal(CgroupProbe.Dir(Environment.ProcessId, c).TrimEnd('/') + "/" + b.Id, dir);
        }
        var state = JsonNode.Parse(File.ReadAllText(Path.Combine(b.Root, b.Id, "state.json")))!;
        string unified = (string)state["cgroup_paths"]![""]!;
        Assert.Equal("/sys/fs/cgroup/unified/" + b.Id, unified.Replace(CgroupProbe.Dir(Environment.ProcessId, "").TrimEnd('/') + "/", "/sys/fs/cgroup/unified/"));
        string[] dirs = [CgroupProbe.Dir(pid, "memory"), CgroupProbe.Dir(pid, "cpu"), CgroupProbe.Dir(pid, "freezer"), unified];
        Assert.Equal(0, b.Runc("delete", "-f", b.Id).ExitCode);
        foreach (string d in dirs)
            Assert.False(Directory.Exists(d), d + " was left behind");
    }

    [RequiresCgroupV1Fact]
    public void AbsolutePathAndLimitsAreWritten()
    {
        using var b = new TestBundle("cglim").Args("sleep", "30");
        string path = "/runcsharp-test/" + b.Id;
        b.Config["linux"]!["cgroupsPath"] = path;
        Resources(b, """{"memory":{"limit":67108864,"reservation":33554432,"swappiness":20},"cpu":{"shares":512,"quota":20000,"period":100000,"cpus":"0"},"pids":{"limit":42}}""");
        Assert.Equal(0, b.Runc("create", b.Id).ExitCode);
        int pid = Pid(b);
        string mem = CgroupProbe.Dir(pid, "memory");
        Assert.Equal("/sys/fs/cgroup/memory" + path, mem);
        Assert.Equal("67108864", CgroupProbe.Read(mem, "memory.limit_in_bytes"));
        Assert.Equal("33554432", CgroupProbe.Read(mem, "memory.soft_limit_in_bytes"));
        Assert.Equal("20", CgroupProbe.Read(mem, "memory.swappiness"));
        string cpu = CgroupProbe.Dir(pid, "cpu");
        Assert.Equal("512", CgroupProbe.Read(cpu, "cpu.shares"));
        Assert.Equal("20000", CgroupProbe.Read(cpu, "cpu.cfs_quota_us"));
        Assert.Equal("0", CgroupProbe.Read(CgroupProbe.Dir(pid, "cpuset"), "cpuset.cpus"));
        Assert.Equal("42", CgroupProbe.Read(CgroupProbe.Dir(pid, "pids"), "pids.max"));
        string devices = CgroupProbe.Read(CgroupProbe.Dir(pid, "devices"), "devices.list");
        Assert.Contains("c 1:3 rwm", devices);
        Assert.DoesNotContain("a *:* rwm", devices);
        Assert.Equal(0, b.Runc("delete", "-f", b.Id).ExitCode);
        Assert.False(Directory.Exists(mem));
        CgroupProbe.RemoveParent("/runcsharp-test");
    }

    [RequiresCgroupV1Fact]
    public void ExecJoinsTheContainersCgroups() => AssertExecLandsInTheInitsCgroups("cgexec");

    /// <summary>`runc exec` of `cat /proc/self/cgroup` prints what the init's /proc/PID/cgroup says.</summary>
    internal static void AssertExecLandsInTheInitsCgroups(string name)
    {
        using var b = new TestBundle(name).Args("sleep", "30");
        var r = b.Runc("run", "-d", b.Id);
        Assert.True(r.ExitCode == 0, r.ToString());
        string init = File.ReadAllText($"/proc/{Pid(b)}/cgroup");
        var e = b.Runc("exec", b.Id, "cat", "/proc/self/cgroup");
        b.Runc("delete", "-f", b.Id);
        Assert.True(e.ExitCode == 0, e.ToString());
        Assert.Equal(init, e.Stdout);
    }

    [RequiresCgroupV1Fact]
    public void DeviceCgroupDeniesWhatIsNotAllowed()
    {
        // /dev/kmsg (1:11) is not in the default allow list: mknod works (c *:* m), opening it does not.
        using var b = new TestBundle("cgdev").Shell("mknod /dev/kmsg2 c 1 11 && cat /dev/kmsg2; echo rc=$?; echo ok > /dev/null && echo null-ok");
        var r = b.Run();
        Assert.Contains("null-ok", r.Stdout);
        Assert.Contains("Operation not permitted", r.Stdout + r.Stderr);
    }

    [RequiresCgroupV1Fact]
    public void WithoutResourcesTheDefaultDeviceRulesStillApply()
    {
        using var b = new TestBundle("cgnores").Args("sleep", "30");
        ((JsonObject)b.Config["linux"]!).Remove("resources");
        Assert.Equal(0, b.Runc("create", b.Id).ExitCode);
        string devices = CgroupProbe.Read(CgroupProbe.Dir(Pid(b), "devices"), "devices.list");
        Assert.DoesNotContain("a *:* rwm", devices);
        Assert.Contains("c 1:3 rwm", devices);
    }

    [RequiresCgroupV1Fact]
    public void MemoryHogIsOomKilledAndEventsReportsIt()
    {
        using var b = new TestBundle("cgoom").Shell("sleep 1; dd if=/dev/zero of=/dev/shm/fill bs=1M count=64; sleep 30");
        Resources(b, """{"memory":{"limit":16777216,"swap":16777216}}""");
        RunDetached(b);
        var psi = new ProcessStartInfo(RuncBinary.Path) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string a in new[] { "--root", b.Root, "events", "--interval", "1h", b.Id })
            psi.ArgumentList.Add(a);
        using var events = Process.Start(psi)!;
        var line = events.StandardOutput.ReadLineAsync();
        bool got = line.Wait(15_000);
        try
        {
            Assert.True(got, "no event within 15 s");
            var e = JsonNode.Parse(line.Result!)!;
            Assert.Equal("oom", (string?)e["type"]);
            Assert.Equal(b.Id, (string?)e["id"]);
            Assert.Matches(@"oom_kill [1-9]", CgroupProbe.Read(CgroupProbe.Dir(Pid(b), "memory"), "memory.oom_control"));
        }
        finally
        {
            Assert.Equal(0, b.Runc("delete", "-f", b.Id).ExitCode);
            // The cgroup is gone: events ends by itself.
            Assert.True(events.WaitForExit(5000) || KillAndFail(events));
        }
    }

    private static bool KillAndFail(Process p)
    {
        p.Kill();
        return false;
    }

    [RequiresCgroupV1Fact]
    public void PidsLimitStopsForking()
    {
        using var b = new TestBundle("cgpids").Shell("for i in 1 2 3 4 5 6 7 8 9 10; do sleep 5 & done; wait; echo done");
        Resources(b, """{"pids":{"limit":4}}""");
        var r = b.Run();
        Assert.Contains("can't fork", r.Stdout + r.Stderr);
    }

    /// <summary>Running or stopped, not gone or a zombie waiting for its parent.</summary>
    private static bool Alive(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static ulong CpuUsage(int pid) => ulong.Parse(CgroupProbe.Read(CgroupProbe.Dir(pid, "cpuacct"), "cpuacct.usage"));

    [RequiresCgroupV1Fact]
    public void PausedContainerMakesNoProgressAndResumes()
    {
        using var b = new TestBundle("cgpause").Shell("while :; do :; done");
        RunDetached(b);
        int pid = Pid(b);
        Assert.Equal(0, b.Runc("pause", b.Id).ExitCode);
        Assert.Equal("paused", (string?)JsonNode.Parse(b.Runc("state", b.Id).Stdout)!["status"]);
        Assert.Contains("paused", b.Runc("list").Stdout);
        Assert.Equal("FROZEN", CgroupProbe.Read(CgroupProbe.Dir(pid, "freezer"), "freezer.state"));
        var again = b.Runc("pause", b.Id);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("container not running", again.Stderr);
        ulong before = CpuUsage(pid);
        Thread.Sleep(300);
        Assert.Equal(before, CpuUsage(pid));

        Assert.Equal(0, b.Runc("resume", b.Id).ExitCode);
        Assert.Equal("running", (string?)JsonNode.Parse(b.Runc("state", b.Id).Stdout)!["status"]);
        Thread.Sleep(300);
        Assert.True(CpuUsage(pid) > before);
        var resume = b.Runc("resume", b.Id);
        Assert.Equal(1, resume.ExitCode);
        Assert.Contains("container not paused", resume.Stderr);

        // delete --force of a paused container: killed, thawed, gone.
        Assert.Equal(0, b.Runc("pause", b.Id).ExitCode);
        string freezer = CgroupProbe.Dir(pid, "freezer");
        var sw = Stopwatch.StartNew();
        Assert.Equal(0, b.Runc("delete", "-f", b.Id).ExitCode);
        Assert.True(sw.ElapsedMilliseconds < 5000, $"delete took {sw.ElapsedMilliseconds} ms");
        Assert.False(Directory.Exists(freezer));
        Assert.False(Alive(pid));
    }

    [RequiresCgroupV1Fact]
    public void KillAllOfAPausedContainerKillsEverything()
    {
        using var b = new TestBundle("cgkillp").Shell("sleep 30 & sleep 31");
        RunDetached(b);
        int pid = Pid(b);
        Assert.Equal(0, b.Runc("pause", b.Id).ExitCode);
        Assert.Equal(0, b.Runc("kill", "--all", b.Id, "KILL").ExitCode);
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (Alive(pid) && DateTime.UtcNow < deadline)
            Thread.Sleep(20);
        Assert.False(Alive(pid), "the init survived kill --all KILL of a paused container");
        Assert.Equal("stopped", (string?)JsonNode.Parse(b.Runc("state", b.Id).Stdout)!["status"]);
        Assert.Equal(0, b.Runc("delete", b.Id).ExitCode);
    }

    [RequiresCgroupV1Fact]
    public void UpdateChangesLimitsAndKeepsThem()
    {
        using var b = new TestBundle("cgupd").Args("sleep", "30");
        Resources(b, """{"memory":{"limit":67108864},"pids":{"limit":50}}""");
        RunDetached(b);
        int pid = Pid(b);
        string mem = CgroupProbe.Dir(pid, "memory");
        var r = b.Runc("update", "--memory", "100M", "--cpu-quota", "30000", "--pids-limit", "60", b.Id);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("104857600", CgroupProbe.Read(mem, "memory.limit_in_bytes"));
        Assert.Equal("30000", CgroupProbe.Read(CgroupProbe.Dir(pid, "cpu"), "cpu.cfs_quota_us"));
        Assert.Equal("60", CgroupProbe.Read(CgroupProbe.Dir(pid, "pids"), "pids.max"));

        // containerd's form: linux.resources JSON on stdin.
        b.Save();
        var all = new[] { "--root", b.Root, "update", "-r", "-", b.Id };
        var json = RuncBinary.Run(all, b.Dir, stdin: """{"memory":{"limit":134217728},"pids":{"limit":70}}""");
        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.Equal("134217728", CgroupProbe.Read(mem, "memory.limit_in_bytes"));
        Assert.Equal("70", CgroupProbe.Read(CgroupProbe.Dir(pid, "pids"), "pids.max"));
        var saved = JsonNode.Parse(File.ReadAllText(Path.Combine(b.Root, b.Id, "config.json")))!["linux"]!["resources"]!;
        Assert.Equal(134217728L, (long)saved["memory"]!["limit"]!);
        Assert.Equal(70L, (long)saved["pids"]!["limit"]!);

        var bad = b.Runc("update", "--memory", "lots", b.Id);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("invalid value for memory", bad.Stderr);
    }

    [RequiresCgroupV1Fact]
    public void PsListsTheContainersProcesses()
    {
        using var b = new TestBundle("cgps").Shell("sleep 30 & sleep 31");
        RunDetached(b);
        int pid = Pid(b);
        Thread.Sleep(200);
        var json = b.Runc("ps", "--format", "json", b.Id);
        Assert.True(json.ExitCode == 0, json.ToString());
        var pids = JsonNode.Parse(json.Stdout)!.AsArray();
        Assert.Equal(2, pids.Count);
        Assert.Contains(pids, p => (int)p! == pid);
        var table = b.Runc("ps", b.Id);
        Assert.True(table.ExitCode == 0, table.ToString());
        string[] lines = table.Stdout.TrimEnd().Split('\n');
        Assert.Contains("PID", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains("sleep 31", table.Stdout);
    }

    [RequiresCgroupV1Fact]
    public void EventsStatsHasRuncsShape()
    {
        using var b = new TestBundle("cgstats").Args("sleep", "30");
        Resources(b, """{"memory":{"limit":67108864},"pids":{"limit":50}}""");
        RunDetached(b);
        var r = b.Runc("events", "--stats", b.Id);
        Assert.True(r.ExitCode == 0, r.ToString());
        var e = JsonNode.Parse(r.Stdout)!;
        Assert.Equal("stats", (string?)e["type"]);
        var data = e["data"]!;
        Assert.True((ulong)data["cpu"]!["usage"]!["total"]! > 0);
        Assert.Equal(67108864UL, (ulong)data["memory"]!["usage"]!["limit"]!);
        Assert.Equal(1UL, (ulong)data["pids"]!["current"]!);
        Assert.Equal(50UL, (ulong)data["pids"]!["limit"]!);
        Assert.NotNull(data["memory"]!["raw"]!["rss"]);
        var zero = b.Runc("events", "--interval", "0", b.Id);
        Assert.Equal(1, zero.ExitCode);
        Assert.Contains("duration interval must be greater than 0", zero.Stderr);
    }

    [RequiresCgroupV1Fact]
    public void BadResourcesFailAndLeaveNothing()
    {
        foreach (var (json, expect) in new[]
        {
            ("""{"memory":{"limit":-5}}""", "linux.resources.memory.limit"),
            ("""{"blockIO":{"weight":5000}}""", "linux.resources.blockIO.weight"),
            ("""{"unified":{"memory.high":"1"}}""", "cannot use unified on cgroup v1"),
            ("""{"cpu":{"cpus":"250"}}""", "cpuset.cpus"),
            ("""{"devices":[{"allow":true,"type":"q","access":"r"}]}""", "linux.resources.devices[0].type"),
        })
        {
            using var b = new TestBundle("cgbad").Args("true");
            b.Config["linux"]!["cgroupsPath"] = "/runcsharp-bad/" + b.Id;
            Resources(b, json);
            var r = b.Runc("create", b.Id);
            Assert.True(r.ExitCode == 1, json + ": " + r);
            Assert.Contains(expect, r.Stderr);
            Assert.False(Directory.Exists(Path.Combine(b.Root, b.Id)), json + ": state directory left");
            foreach (string c in new[] { "cpu", "cpuset", "memory", "pids", "devices", "freezer", "systemd", "unified" })
                Assert.False(Directory.Exists($"/sys/fs/cgroup/{c}/runcsharp-bad/{b.Id}"), $"{json}: {c} cgroup left");
        }
        CgroupProbe.RemoveParent("/runcsharp-bad");
    }

    [RequiresCgroupV1Fact]
    public void SystemdDriverWithoutSystemdIsRuncsError()
    {
        if (Directory.Exists("/run/systemd/system"))
            return; // the systemd driver itself is not implemented; this checks the no-systemd error
        using var b = new TestBundle("cgsd").Args("true");
        var r = b.Runc("--systemd-cgroup", "create", b.Id);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("systemd not running on this host, cannot use systemd cgroups manager", r.Stderr);
        Assert.False(Directory.Exists(Path.Combine(b.Root, b.Id)));
    }
}
