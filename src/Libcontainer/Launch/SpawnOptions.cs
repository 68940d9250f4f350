using System.Collections.Generic;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Launch;

/// <summary>What <see cref="ProcessSpawner"/> starts: a binary (an fd or a path), its argv, env and fds.</summary>
public sealed class SpawnOptions
{
    /// <summary>Executed with execveat(AT_EMPTY_PATH) when set; otherwise <see cref="Path"/>.</summary>
    public SafeFd? Executable { get; init; }

    public string? Path { get; init; }

    public required IReadOnlyList<string> Args { get; init; }

    public required IReadOnlyList<string> Env { get; init; }

    /// <summary>(source fd in this process, number in the child); nothing else is inherited but these.</summary>
    public List<(int Source, int Target)> Fds { get; } = new();

    public string? WorkingDirectory { get; init; }

    public int ParentDeathSignal { get; init; }

    public bool NewSession { get; init; }
}
