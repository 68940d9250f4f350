using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json.Nodes;

namespace Runc.Tests.Support;

/// <summary>
/// Support/Probe/probe.c built static once per test run; <see cref="MountInto"/> binds its
/// directory read-only at /root of a test container, so that a script can run
/// "/root/probe mkdir s:/tmp/x 0755" and see the raw errno a seccomp filter returns.
/// </summary>
public static class SyscallProbe
{
    private static readonly Lazy<string> Dir = new(Build);

    public const string InContainer = "/root/probe";

    public static void MountInto(TestBundle b)
    {
        var mounts = b.Config["mounts"]!.AsArray();
        mounts.Add(JsonNode.Parse($$"""{"destination":"/root","type":"bind","source":"{{Dir.Value}}","options":["rbind","ro"]}"""));
    }

    private static string Build()
    {
        string dir = Directory.CreateTempSubdirectory("runc-probe-").FullName;
        string src = Path.Combine(RuncBinary.RepoRoot, "tests", "Runc.Tests", "Support", "Probe", "probe.c");
        var psi = new ProcessStartInfo("gcc", $"-static -O1 -o {Path.Combine(dir, "probe")} {src}")
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var p = Process.Start(psi)!;
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
            throw new InvalidOperationException("cannot build the syscall probe: " + err);
        return dir;
    }
}
