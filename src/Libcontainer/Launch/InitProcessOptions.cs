using System;
using System.Collections.Generic;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Launch;

/// <summary>Everything <see cref="InitProcess"/> needs to start a `runc init` and drive it to Done.</summary>
public sealed class InitProcessOptions
{
    public required InitConfig Config { get; init; }

    /// <summary>The bundle's config.json, sent to the init as it is.</summary>
    public required byte[] SpecJson { get; init; }

    public required BootstrapData Bootstrap { get; init; }

    /// <summary>The container's stdio (fds 0-2 of the init).</summary>
    public int[] Stdio { get; init; } = { 0, 1, 2 };

    /// <summary>Fds 3.. of the init beyond stdio (preserved fds, LISTEN_FDS), in order.</summary>
    public List<int> ExtraFds { get; } = new();

    /// <summary>exec.fifo, opened O_PATH (standard init only).</summary>
    public SafeFd? ExecFifo { get; init; }

    /// <summary>The console socket the init sends the pty master to, if any.</summary>
    public SafeFd? ConsoleSocket { get; init; }

    public string LogLevel { get; init; } = "info";

    /// <summary>After Done, wait until the init's end of the pipe closes on execve (or an exec error comes).</summary>
    public bool WaitForExec { get; init; }

    /// <summary>Called with the pid of the first child before it does anything (join the cgroup).</summary>
    public Action<int>? OnSpawned { get; init; }

    /// <summary>Writes uid_map/gid_map for the given pid (new user namespace).</summary>
    public Action<int>? OnUserMaps { get; init; }

    /// <summary>Runs prestart/createRuntime hooks (the init waits).</summary>
    public Action<int>? OnHooks { get; init; }

    /// <summary>
    /// The init's seccomp notify fd (init pid, fd): hand it to linux.seccomp.listenerPath. Without
    /// it, a notify fd fails the start ("listenerPath is not set").
    /// </summary>
    public Action<int, SafeFd>? OnSeccompFd { get; init; }

    /// <summary>Init is set up but for identity and exec: apply cgroup limits and rlimits.</summary>
    public Action<int>? OnReady { get; init; }
}
