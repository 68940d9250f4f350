using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using Runc.Libcontainer.Hooks;
using Runc.Libcontainer.Spec;
using Xunit;

namespace Runc.Tests.HooksTests;

/// <summary>HookRunner with real /bin/sh hooks: stdin, args, env, cwd, failure texts (runc 1.1's), timeout.</summary>
public sealed class HookRunnerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hook-unit-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Hook Sh(string script, int? timeout = null, List<string>? env = null) =>
        new() { Path = "/bin/sh", Args = new List<string> { "sh", "-c", script }, Env = env, Timeout = timeout };

    private static string Fails(params Hook[] hooks) =>
        Assert.Throws<HookFailedException>(() => HookRunner.Run("test", hooks, "{}", null)).Message;

    [Fact]
    public void StateOnStdinArgsEnvAndWorkingDirectory()
    {
        string o = Path.Combine(_dir, "o");
        var hook = Sh($"cat > {o}.stdin; echo \"$0\" > {o}.args; echo \"$FOO\" > {o}.env; pwd > {o}.cwd", env: new List<string> { "FOO=bar" });
        hook.Args!.Add("one");
        HookRunner.Run("test", new[] { hook }, "{\"id\":\"x\"}", _dir);
        Assert.Equal("{\"id\":\"x\"}", File.ReadAllText(o + ".stdin"));
        Assert.Equal("one", File.ReadAllText(o + ".args").Trim());
        Assert.Equal("bar", File.ReadAllText(o + ".env").Trim());
        Assert.Equal(_dir, File.ReadAllText(o + ".cwd").Trim());
    }

    [Fact]
    public void WithoutEnvAHookGetsOursAndWithoutArgsItsPath()
    {
        string script = Path.Combine(_dir, "h.sh");
        File.WriteAllText(script, $"#!/bin/sh\necho \"$0\" > {_dir}/argv0\nenv > {_dir}/env\n");
        File.SetUnixFileMode(script, (UnixFileMode)0b111_101_101);
        Environment.SetEnvironmentVariable("HOOK_UNIT_MARK", "inherited");
        HookRunner.Run("test", new[] { new Hook { Path = script } }, "{}", null);
        Assert.Equal(script, File.ReadAllText(Path.Combine(_dir, "argv0")).Trim());
        Assert.Contains("HOOK_UNIT_MARK=inherited", File.ReadAllText(Path.Combine(_dir, "env")));
        HookRunner.Run("test", new[] { new Hook { Path = script } }, "{}", null, inheritEnvironment: false);
        Assert.DoesNotContain("HOOK_UNIT_MARK", File.ReadAllText(Path.Combine(_dir, "env")));
    }

    [Fact]
    public void FailuresCarryRuncsTextWithTheHooksOutput()
    {
        Assert.Equal("error running hook #1: error running hook: exit status 4, stdout: out\n, stderr: err\n",
            Fails(Sh("exit 0"), Sh("echo out; echo err >&2; exit 4")));
        Assert.Equal("error running hook #0: error running hook: signal: killed, stdout: , stderr: ", Fails(Sh("kill -9 $$")));
        Assert.Equal("error running hook #0: error running hook: signal: terminated, stdout: , stderr: ", Fails(Sh("kill -15 $$")));
        Assert.Equal("error running hook #0: fork/exec /nonexistent/hook: no such file or directory",
            Fails(new Hook { Path = "/nonexistent/hook" }));
    }

    [Fact]
    public void TheFirstFailureStopsTheList()
    {
        string marker = Path.Combine(_dir, "second");
        Fails(Sh("exit 1"), Sh($"touch {marker}"));
        Assert.False(File.Exists(marker));
    }

    [Fact]
    public void AHookPastItsTimeoutIsKilled()
    {
        var watch = Stopwatch.StartNew();
        Assert.Equal("error running hook #0: hook ran past specified timeout of 1.0s", Fails(Sh("exec sleep 20", timeout: 1)));
        Assert.InRange(watch.ElapsedMilliseconds, 900, 5000);
    }

    [Fact]
    public void AHookThatIgnoresStdinOrLeavesAChildHoldingItsOutputDoesNotHang()
    {
        var watch = Stopwatch.StartNew();
        HookRunner.Run("test", new[] { Sh("exit 0") }, new string('x', 1 << 20), null);
        HookRunner.Run("test", new[] { Sh("sleep 5 & exit 0") }, "{}", null);
        Assert.True(watch.ElapsedMilliseconds < 4000, $"{watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void AStateLargerThanAPipeReachesTheHookWhole()
    {
        string count = Path.Combine(_dir, "count");
        HookRunner.Run("test", new[] { Sh($"wc -c > {count}") }, new string('x', 1 << 20), null);
        Assert.Equal((1 << 20).ToString(), File.ReadAllText(count).Trim());
    }

    [Theory]
    [InlineData(0 << 8, "exit status 0")]
    [InlineData(2 << 8, "exit status 2")]
    [InlineData(9, "signal: killed")]
    [InlineData(6 | 0x80, "signal: aborted (core dumped)")]
    [InlineData(11, "signal: segmentation fault")]
    [InlineData(40, "signal: signal 40")]
    public void WaitStatusesAsGoPrintsThem(int status, string text) => Assert.Equal(text, GoExitText.Describe(status));
}
