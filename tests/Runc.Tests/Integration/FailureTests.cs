using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Runc.Tests.Support;
using Xunit;

namespace Runc.Tests.Integration;

/// <summary>Bad input: one clear line, exit 1, and nothing left behind (state, process, host mounts).</summary>
[Trait("Category", "Integration")]
public class FailureTests
{
    private static string HostMounts() => File.ReadAllText("/proc/self/mountinfo");

    private static void AssertNothingLeft(TestBundle b, string mountsBefore)
    {
        Assert.False(Directory.Exists(Path.Combine(b.Root, b.Id)), "state directory left behind");
        Assert.Equal(mountsBefore.Split('\n').Length, HostMounts().Split('\n').Length);
        foreach (string dir in Directory.EnumerateDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _)))
        {
            string cmdline;
            try
            {
                cmdline = File.ReadAllText(Path.Combine(dir, "cmdline"));
            }
            catch (IOException)
            {
                continue;
            }
            Assert.DoesNotContain(b.Id, cmdline);
            // an init of ours would still have the bundle's marker argument
            Assert.DoesNotContain("leftover-marker-" + b.Id, cmdline);
        }
    }

    private static void AssertOneLineError(RunResult r, string expected)
    {
        Assert.Equal(1, r.ExitCode);
        string[] lines = r.Stderr.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length == 1, r.ToString());
        Assert.Contains("level=error", lines[0]);
        Assert.Contains(expected, LogLine.Message(lines[0]));
    }

    [RequiresRootFact]
    public void MissingExecutableFailsCreateAndLeavesNothing()
    {
        string before = HostMounts();
        using var b = new TestBundle("noexec").Args("/bin/does-not-exist", "leftover-marker");
        var r = b.Runc("create", b.Id);
        AssertOneLineError(r, "runc create failed: unable to start container process: exec: \"/bin/does-not-exist\"");
        AssertNothingLeft(b, before);
    }

    [RequiresRootFact]
    public void BadMountFailsWithTheInitsErrorAndLeavesNothing()
    {
        string before = HostMounts();
        using var b = new TestBundle("badmount").Args("true");
        b.Config["mounts"]!.AsArray().Add(JsonNode.Parse("""{"destination":"/x","type":"no-such-fs","source":"none"}"""));
        var r = b.Runc("run", b.Id);
        AssertOneLineError(r, "runc run failed: unable to start container process: error during container init: error mounting \"none\" to rootfs at \"/x\": no such device");
        AssertNothingLeft(b, before);
    }

    [RequiresRootFact]
    public void MalformedConfigIsReported()
    {
        using var b = new TestBundle("malformed");
        b.Save();
        File.WriteAllText(Path.Combine(b.Dir, "config.json"), "{\"ociVersion\": \"1.0.2\", \"process\": {bad}");
        var r = RuncBinary.Run(new[] { "--root", b.Root, "run", b.Id }, b.Dir);
        AssertOneLineError(r, "runc run failed: config.json");
        Assert.False(Directory.Exists(Path.Combine(b.Root, b.Id)));
    }

    [RequiresRootFact]
    public void MissingConfigIsReported()
    {
        using var b = new TestBundle("noconfig");
        var r = RuncBinary.Run(new[] { "--root", b.Root, "create", b.Id }, b.Dir);
        AssertOneLineError(r, "runc create failed: JSON specification file config.json not found");
    }

    [RequiresRootFact]
    public void InvalidConfigNamesTheField()
    {
        using var b = new TestBundle("invalid").Args("true");
        b.Config["process"]!["cwd"] = "relative/dir";
        var r = b.Runc("run", b.Id);
        AssertOneLineError(r, "cwd");
        Assert.False(Directory.Exists(Path.Combine(b.Root, b.Id)));
    }

    [RequiresRootFact]
    public void DuplicateAndInvalidIdsAreRefused()
    {
        using var b = new TestBundle("dup").Args("sleep", "10");
        Assert.Equal(0, b.Runc("create", b.Id).ExitCode);
        AssertOneLineError(b.Runc("create", b.Id), "runc create failed: container with given ID already exists");
        Assert.Equal(0, b.Runc("delete", "-f", b.Id).ExitCode);
        AssertOneLineError(b.Runc("run", "bad/id"), "runc run failed: invalid container ID format");
        AssertOneLineError(b.Runc("create", ".."), "invalid container ID format");
    }

    [RequiresRootFact]
    public void UnknownContainerForEveryCommand()
    {
        using var b = new TestBundle("unknown");
        foreach (var args in new[] { new[] { "state", "nope" }, new[] { "start", "nope" }, new[] { "kill", "nope" }, new[] { "delete", "nope" } })
            AssertOneLineError(b.Runc(args), "container does not exist");
        Assert.Equal(0, b.Runc("delete", "--force", "nope").ExitCode);
    }

    [RequiresRootFact]
    public void WrongArgumentCountIsRefused()
    {
        using var b = new TestBundle("args");
        AssertOneLineError(b.Runc("state"), "runc: \"state\" requires exactly 1 argument(s)");
        AssertOneLineError(b.Runc("start", "a", "b"), "runc: \"start\" requires exactly 1 argument(s)");
    }

    [RequiresRootFact]
    public void LogFileGetsJsonErrorLines()
    {
        using var b = new TestBundle("logjson");
        string log = Path.Combine(b.Dir, "runc.log");
        var r = b.Runc("--log", log, "--log-format", "json", "state", "nope");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("container does not exist\n", r.Stderr);
        var line = JsonNode.Parse(File.ReadAllText(log).Trim())!.AsObject();
        Assert.Equal("error", (string?)line["level"]);
        Assert.Equal("container does not exist", (string?)line["msg"]);
        Assert.NotNull(line["time"]);
    }
}
