using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Runc.Tests.Support;
using Xunit;

namespace Runc.Tests.Integration;

/// <summary>
/// `--help` against Debian runc 1.1.5's own output (Cli/Golden), for every command our tree has,
/// and `runc features` against what runc# supports.
/// </summary>
[Trait("Category", "Integration")]
public class HelpAndFeaturesTests
{
    private static string Golden(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cli", "Golden", $"runc-1.1.5-help-{name}.txt"));

    private static RunResult Runc(params string[] args) => RuncBinary.Run(args);

    /// <summary>The commands our root help lists (the tree's visible commands).</summary>
    private static List<string> OurCommands()
    {
        string help = Runc("--help").Stdout;
        string commands = help[(help.IndexOf("COMMANDS:\n", StringComparison.Ordinal) + 10)..help.IndexOf("\n\nGLOBAL OPTIONS:", StringComparison.Ordinal)];
        return commands.Split('\n').Select(l => l.Trim().Split(' ')[0].TrimEnd(',')).Where(n => n != "help").ToList();
    }

    [Fact]
    public void EveryCommandsHelpIsRuncsByteForByte()
    {
        var commands = OurCommands();
        Assert.Contains("create", commands);
        Assert.Contains("features", commands);
        foreach (string c in commands)
        {
            var r = Runc(c, "--help");
            Assert.True(r.ExitCode == 0, r.ToString());
            Assert.Equal(Golden(c), r.Stdout);
            Assert.Equal(r.Stdout, Runc(c, "-h").Stdout);
            Assert.Equal(r.Stdout, Runc("help", c).Stdout);
        }
    }

    [Fact]
    public void EveryOptionRuncListsIsInOurHelp()
    {
        foreach (string c in OurCommands())
        {
            string ours = Runc(c, "--help").Stdout;
            foreach (Match m in Regex.Matches(Golden(c), @"^   (--[a-z0-9-]+)", RegexOptions.Multiline))
                Assert.True(ours.Contains("   " + m.Groups[1].Value), $"{c}: {m.Groups[1].Value} missing");
        }
    }

    [Fact]
    public void RootHelpIsRuncsLayoutWithOurVersion()
    {
        string golden = Golden("root");
        var r = Runc("--help");
        Assert.Equal(0, r.ExitCode);
        string ours = r.Stdout;
        // NAME and USAGE as runc's, word for word
        Assert.StartsWith(golden[..golden.IndexOf("VERSION:", StringComparison.Ordinal)], ours);
        Assert.Contains("VERSION:\n   1.1.5+runcsharp", ours);
        // GLOBAL OPTIONS as runc's
        Assert.EndsWith(golden[golden.IndexOf("GLOBAL OPTIONS:", StringComparison.Ordinal)..], ours);
        // each command listed with runc's usage line (alignment aside), help last
        foreach (string c in OurCommands())
        {
            string line = golden.Split('\n').Single(l => Regex.IsMatch(l, $"^   {Regex.Escape(c)} +"));
            Assert.Contains(Regex.Replace(line, " +", " "), Regex.Replace(ours, " +", " "));
        }
        Assert.Matches(@"\n   help, h +Shows a list of commands or help for one command\n\nGLOBAL OPTIONS:", ours);
        Assert.Equal(ours, Runc("help").Stdout);
        Assert.Equal(ours, Runc("h").Stdout);
        Assert.Equal(ours, Runc().Stdout);
        Assert.Equal(ours, Runc("--help", "create").Stdout); // urfave: the flag before the command is the root's
    }

    [Fact]
    public void EveryRuncCommandHasAManPageInStepWithOurHelp()
    {
        string dir = Path.Combine(RuncBinary.RepoRoot, "docs", "man");
        var ours = OurCommands();
        foreach (string golden in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Cli", "Golden"), "runc-1.1.5-help-*.txt"))
        {
            string c = Path.GetFileNameWithoutExtension(golden)["runc-1.1.5-help-".Length..];
            string page = Path.Combine(dir, c == "root" ? "runc.8.md" : $"runc-{c}.8.md");
            Assert.True(File.Exists(page), $"{page} is missing: make man");
            string text = File.ReadAllText(page);
            Assert.StartsWith($"% {(c == "root" ? "runc" : "runc-" + c)} \"8\"\n\n# NAME\n", text);
            if (!ours.Contains(c))
                continue;
            foreach (string line in Runc(c, "--help").Stdout.Split('\n').Where(l => l.StartsWith("   --", StringComparison.Ordinal)))
                Assert.True(text.Contains(line + "\n"), $"{page}: stale, regenerate with make man ({line})");
        }
    }

    [Fact]
    public void HelpForAnUnknownTopicFailsAsRuncDoes()
    {
        var r = Runc("help", "no-such-command");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("No help topic for 'no-such-command'", r.Stderr);
    }

    [Fact]
    public void UsageErrorsAreRuncs()
    {
        var unknown = Runc("no-such-command");
        Assert.Equal(3, unknown.ExitCode);
        Assert.Contains("No help topic for 'no-such-command'", unknown.Stderr);

        var noValue = Runc("create", "--pid-file");
        Assert.Equal(1, noValue.ExitCode);
        Assert.Equal("Incorrect Usage: flag needs an argument: -pid-file\n\n" + Golden("create"), noValue.Stdout);
        Assert.Contains("level=error msg=\"flag needs an argument: -pid-file\"", noValue.Stderr);

        var badGlobal = Runc("--no-such-flag");
        Assert.Equal(1, badGlobal.ExitCode);
        Assert.StartsWith("Incorrect Usage. flag provided but not defined: -no-such-flag\n\nNAME:\n   runc - ", badGlobal.Stdout);

        var count = Runc("state");
        Assert.Equal(1, count.ExitCode);
        Assert.Equal("Incorrect Usage.\n\n" + Golden("state"), count.Stdout);
        Assert.Contains("runc: \\\"state\\\" requires exactly 1 argument(s)", count.Stderr);
    }

    [Fact]
    public void FeaturesListsWhatWeSupportInRuncsShape()
    {
        var r = Runc("features");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.StartsWith("{\n    \"ociVersionMin\": \"1.0.0\",\n    \"ociVersionMax\": \"1.0.2-dev\",\n    \"hooks\": [\n        \"prestart\",", r.Stdout);
        Assert.EndsWith("}\n", r.Stdout);
        var f = JsonNode.Parse(r.Stdout)!.AsObject();
        Assert.Equal(new[] { "ociVersionMin", "ociVersionMax", "hooks", "mountOptions", "linux", "annotations" }, f.Select(p => p.Key));
        Assert.Equal(new[] { "prestart", "createRuntime", "createContainer", "startContainer", "poststart", "poststop" },
            f["hooks"]!.AsArray().Select(n => (string)n!));

        var mountOptions = f["mountOptions"]!.AsArray().Select(n => (string)n!).ToList();
        Assert.Equal(mountOptions.OrderBy(s => s, StringComparer.Ordinal), mountOptions);
        foreach (string o in new[] { "bind", "rbind", "ro", "rro", "nosymfollow", "rshared", "tmpcopyup", "strictatime", "rnoatime" })
            Assert.Contains(o, mountOptions);

        var linux = f["linux"]!.AsObject();
        Assert.Equal(new[] { "namespaces", "capabilities", "cgroup", "seccomp", "apparmor", "selinux", "intelRdt" }, linux.Select(p => p.Key));
        Assert.Equal(new[] { "cgroup", "ipc", "mount", "network", "pid", "time", "user", "uts" },
            linux["namespaces"]!.AsArray().Select(n => (string)n!));
        var caps = linux["capabilities"]!.AsArray().Select(n => (string)n!).ToList();
        int lastCap = int.Parse(File.ReadAllText("/proc/sys/kernel/cap_last_cap").Trim());
        Assert.Equal(lastCap + 1, caps.Count);
        Assert.Equal("CAP_CHOWN", caps[0]);
        Assert.Equal(new[] { "v1", "v2", "systemd", "systemdUser" }, linux["cgroup"]!.AsObject().Select(p => p.Key));

        // As runc's: support is built in (applied, or refused by the kernel, whatever the host has).
        Assert.True((bool)linux["apparmor"]!["enabled"]!);
        Assert.True((bool)linux["selinux"]!["enabled"]!);

        var seccomp = linux["seccomp"]!.AsObject();
        bool haveLibseccomp = File.Exists("/usr/lib/x86_64-linux-gnu/libseccomp.so.2") || File.Exists("/lib/x86_64-linux-gnu/libseccomp.so.2");
        Assert.Equal(haveLibseccomp, (bool)seccomp["enabled"]!);
        var annotations = f["annotations"]!.AsObject();
        if (haveLibseccomp)
        {
            Assert.Equal(9, seccomp["actions"]!.AsArray().Count);
            Assert.Contains("SCMP_ACT_NOTIFY", seccomp["actions"]!.AsArray().Select(n => (string)n!));
            Assert.Equal(7, seccomp["operators"]!.AsArray().Count);
            Assert.Contains("SCMP_ARCH_X86_64", seccomp["archs"]!.AsArray().Select(n => (string)n!));
            Assert.Matches(@"^\d+\.\d+\.\d+$", (string)annotations["io.github.seccomp.libseccomp.version"]!);
        }
        Assert.StartsWith("1.1.5+runcsharp", (string)annotations["org.opencontainers.runc.version"]!);
        Assert.False(string.IsNullOrEmpty((string?)annotations["org.opencontainers.runc.commit"]));
        Assert.Equal(annotations.Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal), annotations.Select(p => p.Key));
    }

    [Fact]
    public void FeaturesTakesNoArguments()
    {
        var r = Runc("features", "extra");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("runc: \\\"features\\\" requires exactly 0 argument(s)", r.Stderr);
    }
}
