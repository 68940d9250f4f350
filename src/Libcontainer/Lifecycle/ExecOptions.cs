using System.Collections.Generic;

namespace Runc.Libcontainer.Lifecycle;

/// <summary>What `runc exec` was asked to do (its flags, as runc 1.1 reads them).</summary>
public sealed class ExecOptions
{
    public required string Id { get; init; }

    /// <summary>The command after the container id (empty with --process).</summary>
    public IReadOnlyList<string> Args { get; init; } = new List<string>();

    /// <summary>--process: a process.json used instead of config.json's process and the other flags.</summary>
    public string? ProcessFile { get; init; }

    /// <summary>--tty; null when not given (config.json's terminal is then ignored: exec has none by default).</summary>
    public bool? Tty { get; init; }

    public string? ConsoleSocket { get; init; }

    public bool Detach { get; init; }

    public string? PidFile { get; init; }

    public IReadOnlyList<string> Env { get; init; } = new List<string>();

    public string? Cwd { get; init; }

    /// <summary>--user uid[:gid], unparsed.</summary>
    public string? User { get; init; }

    public IReadOnlyList<long> AdditionalGids { get; init; } = new List<long>();

    public IReadOnlyList<string> Caps { get; init; } = new List<string>();

    /// <summary>--no-new-privs; null when not given.</summary>
    public bool? NoNewPrivileges { get; init; }

    public string? Apparmor { get; init; }

    public string? ProcessLabel { get; init; }

    public int PreserveFds { get; init; }

    /// <summary>--cgroup, unparsed ([controller[,controller]:]path).</summary>
    public IReadOnlyList<string> Cgroups { get; init; } = new List<string>();

    public bool IgnorePaused { get; init; }
}
