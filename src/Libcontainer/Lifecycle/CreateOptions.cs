namespace Runc.Libcontainer.Lifecycle;

/// <summary>What `runc create` and `runc run` were asked to do.</summary>
public sealed class CreateOptions
{
    public required string Id { get; init; }

    /// <summary>Absolute bundle directory.</summary>
    public required string Bundle { get; init; }

    public string? PidFile { get; init; }

    public string? ConsoleSocket { get; init; }

    public bool NoPivot { get; init; }

    public bool NoNewKeyring { get; init; }

    public int PreserveFds { get; init; }

    public bool SystemdCgroup { get; init; }

    public bool Rootless { get; init; }

    public string LogLevel { get; init; } = "info";

    /// <summary>runc returns once the container runs (`create`, `run -d`): a terminal then needs --console-socket.</summary>
    public bool Detach { get; init; } = true;

    /// <summary>`run`: start follows at once, so the init need not make its wait cheap.</summary>
    public bool StartsImmediately { get; init; }
}
