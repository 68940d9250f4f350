using System.Diagnostics;
using System.IO;
using System.Threading;
using Runc.Tests.Support;
using Xunit;

namespace Runc.Tests.Integration;

/// <summary>Without a terminal the caller's stdio is the process's; LISTEN_FDS passes through; a foreground exec forwards signals.</summary>
[Trait("Category", "Integration")]
public class StdioTests
{
    /// <summary>Runs `sh -c SCRIPT` with runc's path as $RUNC, in the bundle directory, and returns (exit code, stdout).</summary>
    private static (int Code, string Out) Shell(TestBundle b, string script, string stdin = "")
    {
        b.Save();
        var psi = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = b.Dir, RedirectStandardOutput = true, RedirectStandardInput = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(script);
        psi.Environment["RUNC"] = RuncBinary.Path;
        psi.Environment["ROOT"] = b.Root;
        psi.Environment["ID"] = b.Id;
        using var p = Process.Start(psi)!;
        p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        string output = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(30_000), "timed out");
        return (p.ExitCode, output);
    }

    [RequiresRootFact]
    public void ExecPassesTheCallersStdioThrough()
    {
        using var b = new TestBundle("stdio").Args("sleep", "60");
        Assert.Equal(0, b.Runc("run", "-d", b.Id).ExitCode);
        var (code, output) = Shell(b, "\"$RUNC\" --root \"$ROOT\" exec \"$ID\" sh -c 'read a; echo got $a; echo err >&2' 2>/dev/null", "line1\n");
        Assert.Equal(0, code);
        Assert.Equal("got line1\n", output);
    }

    [RequiresRootFact]
    public void ListenFdsReachTheContainerBeforePreservedOnes()
    {
        using var b = new TestBundle("listen").Shell("echo $LISTEN_FDS $LISTEN_PID; cat <&3; cat <&4");
        File.WriteAllText(Path.Combine(b.Dir, "l"), "listen\n");
        File.WriteAllText(Path.Combine(b.Dir, "p"), "preserved\n");
        var (code, output) = Shell(b, "export LISTEN_FDS=1 LISTEN_PID=$$; exec \"$RUNC\" --root \"$ROOT\" run --preserve-fds 1 \"$ID\" 3<l 4<p");
        Assert.True(code == 0, output);
        Assert.Equal("1 1\nlisten\npreserved\n", output);

        // meant for another process: not passed on
        using var other = new TestBundle("listen2").Shell("echo [$LISTEN_FDS]");
        var (code2, output2) = Shell(other, "export LISTEN_FDS=1 LISTEN_PID=1; exec \"$RUNC\" --root \"$ROOT\" run \"$ID\" 3</dev/null");
        Assert.Equal(0, code2);
        Assert.Equal("[]\n", output2);
    }

    [RequiresRootFact]
    public void ForegroundExecForwardsSignals()
    {
        using var b = new TestBundle("execsig").Args("sleep", "60");
        Assert.Equal(0, b.Runc("run", "-d", b.Id).ExitCode);
        // the exec'd shell traps TERM; runc exec gets the TERM and must forward it
        var (code, output) = Shell(b, "\"$RUNC\" --root \"$ROOT\" exec \"$ID\" sh -c 'trap \"echo trapped; exit 42\" TERM; echo ready; while :; do sleep 0.05; done' " +
            ">out & pid=$!; while ! grep -q ready out; do sleep 0.02; done; kill -TERM $pid; wait $pid; rc=$?; cat out; exit $rc");
        Assert.Equal(42, code);
        Assert.Equal("ready\ntrapped\n", output);
    }
}
