using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using Runc.Tests.Support;
using Xunit;

namespace Runc.Tests.Integration;

/// <summary>Cgroups on a pure cgroup v2 host (`make test-cgroupv2` runs these in a VM): the unified
/// directory, converted limits, the eBPF device filter, cgroup.freeze, memory.events OOM, update.</summary>
[Trait("Category", "CgroupV2")]
public class CgroupV2Tests
{
    private static string Dir(TestBundle b) => CgroupProbe.Dir(CgroupTests.Pid(b), "");

    /// <summary>
    /// exec's process ends in the container's cgroup, and its init survives seeing it: the .NET GC
    /// crashed at start-up when the process sat at the root of the cgroup2 mount it sees.
    /// </summary>
    /// <summary>exec's init survives v2: the .NET GC crashed at start-up when the process sat at the
    /// root of the cgroup2 mount it sees, so exec joins the cgroup once the init's runtime is up.</summary>
    [RequiresCgroupV2Fact]
    public void ExecJoinsTheContainersCgroup() => CgroupTests.AssertExecLandsInTheInitsCgroups("v2exec");

    [RequiresCgroupV2Fact]
    public void LimitsAreConvertedAndDeleteRemovesTheDirectory()
    {
        using var b = new TestBundle("v2lim").Args("sleep", "30");
        string path = "/runcsharp-v2/" + b.Id;
        b.Config["linux"]!["cgroupsPath"] = path;
        CgroupTests.Resources(b, """{"memory":{"limit":67108864,"swap":100663296,"reservation":33554432},"cpu":{"shares":1024,"quota":20000,"period":100000},"pids":{"limit":42},"unified":{"memory.high":"60000000"}}""");
        var r = b.Runc("create", b.Id);
        Assert.True(r.ExitCode == 0, r.ToString());
        string dir = Dir(b);
        Assert.Equal("/sys/fs/cgroup" + path, dir);
        Assert.Equal("67108864", CgroupProbe.Read(dir, "memory.max"));
        Assert.Equal("33554432", CgroupProbe.Read(dir, "memory.swap.max"));
        Assert.Equal("33554432", CgroupProbe.Read(dir, "memory.low"));
        Assert.Equal("59998208", CgroupProbe.Read(dir, "memory.high")); // rounded down to pages
        Assert.Equal("39", CgroupProbe.Read(dir, "cpu.weight"));
        Assert.Equal("20000 100000", CgroupProbe.Read(dir, "cpu.max"));
        Assert.Equal("42", CgroupProbe.Read(dir, "pids.max"));
        Assert.Equal(0, b.Runc("delete", "-f", b.Id).ExitCode);
        Assert.False(Directory.Exists(dir));
        CgroupProbe.RemoveParent("/runcsharp-v2");
    }

    [RequiresCgroupV2Fact]
    public void DeviceFilterDeniesWhatIsNotAllowed()
    {
        using var b = new TestBundle("v2dev").Shell("mknod /dev/kmsg2 c 1 11 && cat /dev/kmsg2; echo ok > /dev/null && echo null-ok");
        var r = b.Run();
        Assert.Contains("null-ok", r.Stdout);
        Assert.Contains("Operation not permitted", r.Stdout + r.Stderr);
    }

    [RequiresCgroupV2Fact]
    public void PauseFreezesAndResumeThaws()
    {
        using var b = new TestBundle("v2pause").Shell("while :; do :; done");
        CgroupTests.RunDetached(b);
        string dir = Dir(b);
        Assert.Equal(0, b.Runc("pause", b.Id).ExitCode);
        Assert.Equal("paused", (string?)JsonNode.Parse(b.Runc("state", b.Id).Stdout)!["status"]);
        Assert.Contains("frozen 1", File.ReadAllText(dir + "/cgroup.events"));
        Assert.Equal(0, b.Runc("resume", b.Id).ExitCode);
        Assert.Contains("frozen 0", File.ReadAllText(dir + "/cgroup.events"));
        Assert.Equal(0, b.Runc("pause", b.Id).ExitCode);
        Assert.Equal(0, b.Runc("delete", "-f", b.Id).ExitCode);
        Assert.False(Directory.Exists(dir));
    }

    [RequiresCgroupV2Fact]
    public void OomIsReportedByEvents()
    {
        using var b = new TestBundle("v2oom").Shell("sleep 2; dd if=/dev/zero of=/dev/shm/fill bs=1M count=64; sleep 30");
        CgroupTests.Resources(b, """{"memory":{"limit":16777216,"swap":16777216}}""");
        CgroupTests.RunDetached(b);
        var psi = new ProcessStartInfo(RuncBinary.Path) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string a in new[] { "--root", b.Root, "events", "--interval", "1h", b.Id })
            psi.ArgumentList.Add(a);
        using var events = Process.Start(psi)!;
        var line = events.StandardOutput.ReadLineAsync();
        try
        {
            Assert.True(line.Wait(60_000), "no event within 60 s");
            Assert.Equal("oom", (string?)JsonNode.Parse(line.Result!)!["type"]);
        }
        finally
        {
            b.Runc("delete", "-f", b.Id);
            if (!events.WaitForExit(10_000))
                events.Kill();
        }
    }

    [RequiresCgroupV2Fact]
    public void UpdateWritesMemoryMaxAndUnified()
    {
        using var b = new TestBundle("v2upd").Args("sleep", "30");
        CgroupTests.Resources(b, """{"memory":{"limit":67108864}}""");
        CgroupTests.RunDetached(b);
        string dir = Dir(b);
        var r = b.Runc("update", "--memory", "100M", "--cpu-share", "2048", b.Id);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("104857600", CgroupProbe.Read(dir, "memory.max"));
        Assert.Equal("79", CgroupProbe.Read(dir, "cpu.weight"));
        b.Save();
        var json = RuncBinary.Run(new[] { "--root", b.Root, "update", "-r", "-", b.Id }, b.Dir, stdin: """{"pids":{"limit":77},"unified":{"memory.high":"80000000"}}""");
        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.Equal("77", CgroupProbe.Read(dir, "pids.max"));
        Assert.Equal("79998976", CgroupProbe.Read(dir, "memory.high"));
        var stats = JsonNode.Parse(b.Runc("events", "--stats", b.Id).Stdout)!["data"]!;
        Assert.Equal(77UL, (ulong)stats["pids"]!["limit"]!);
        Assert.True((ulong)stats["cpu"]!["usage"]!["total"]! > 0);
    }

    [RequiresCgroupV2Fact]
    public void UnknownUnifiedKeyFailsAndLeavesNothing()
    {
        using var b = new TestBundle("v2bad").Args("true");
        b.Config["linux"]!["cgroupsPath"] = "/runcsharp-v2bad/" + b.Id;
        CgroupTests.Resources(b, """{"unified":{"bogus.max":"1"}}""");
        var r = b.Runc("create", b.Id);
        Assert.Equal(1, r.ExitCode);
        // The text log format escapes the quotes of the message.
        Assert.Contains("unified resource \\\"bogus.max\\\" can't be set: controller \\\"bogus\\\" not available", r.Stderr);
        Assert.False(Directory.Exists(Path.Combine(b.Root, b.Id)));
        Assert.False(Directory.Exists("/sys/fs/cgroup/runcsharp-v2bad/" + b.Id));
        CgroupProbe.RemoveParent("/runcsharp-v2bad");
    }
}
