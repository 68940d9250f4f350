using System;
using System.Diagnostics;
using System.IO;

namespace Runc.Tests.Support;

/// <summary>Runs ./bin/runc (or $RUNC_BINARY) and captures what it prints and its exit code.</summary>
public static class RuncBinary
{
    public static string Path
    {
        get
        {
            string? env = Environment.GetEnvironmentVariable("RUNC_BINARY");
            if (!string.IsNullOrEmpty(env))
                return env;
            return System.IO.Path.Combine(RepoRoot, "bin", "runc");
        }
    }

    public static string RepoRoot
    {
        get
        {
            string dir = AppContext.BaseDirectory;
            while (!File.Exists(System.IO.Path.Combine(dir, "runc.csproj")))
                dir = System.IO.Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("repository root not found");
            return dir;
        }
    }

    /// <summary>
    /// Runs runc with its stdio on files, not pipes: a created or detached container keeps runc's
    /// stdout and stderr open, so waiting for end-of-file on a pipe would wait for the container.
    /// </summary>
    /// <param name="program">another program to run instead of runc (a wrapper such as script(1))</param>
    public static RunResult Run(string[] args, string? workingDirectory = null, string? stdin = null, int timeoutMs = 60_000, string? stdinFd3File = null, string? program = null)
    {
        string dir = Directory.CreateTempSubdirectory("runc-io-").FullName;
        try
        {
            string outFile = System.IO.Path.Combine(dir, "out"), errFile = System.IO.Path.Combine(dir, "err"), inFile = System.IO.Path.Combine(dir, "in");
            File.WriteAllText(inFile, stdin ?? "");
            var psi = new ProcessStartInfo("/bin/sh")
            {
                UseShellExecute = false,
                WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            };
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add(stdinFd3File is null
                ? "exec \"$0\" \"$@\" <\"$RUNC_TEST_IN\" >\"$RUNC_TEST_OUT\" 2>\"$RUNC_TEST_ERR\""
                : "exec \"$0\" \"$@\" <\"$RUNC_TEST_IN\" >\"$RUNC_TEST_OUT\" 2>\"$RUNC_TEST_ERR\" 3<\"$RUNC_TEST_FD3\"");
            if (stdinFd3File is not null)
                psi.Environment["RUNC_TEST_FD3"] = stdinFd3File;
            psi.ArgumentList.Add(program ?? Path);
            foreach (string a in args)
                psi.ArgumentList.Add(a);
            psi.Environment["RUNC_TEST_IN"] = inFile;
            psi.Environment["RUNC_TEST_OUT"] = outFile;
            psi.Environment["RUNC_TEST_ERR"] = errFile;
            using var p = System.Diagnostics.Process.Start(psi) ?? throw new InvalidOperationException("cannot start runc");
            if (!p.WaitForExit(timeoutMs))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException($"runc {string.Join(' ', args)} did not finish in {timeoutMs} ms");
            }
            p.WaitForExit();
            return new RunResult(p.ExitCode, File.ReadAllText(outFile), File.ReadAllText(errFile));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

public sealed record RunResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}
