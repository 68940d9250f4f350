namespace Runc.Libcontainer.Launch;

/// <summary>Decoding of a wait(2) status, and the shell convention runc follows (128 + signal).</summary>
public static class ExitStatus
{
    public static bool Exited(int status) => (status & 0x7f) == 0;

    public static int ExitCode(int status) => (status >> 8) & 0xff;

    public static bool Signaled(int status) => ((status & 0x7f) + 1) >> 1 > 0 && (status & 0x7f) != 0x7f;

    public static int TermSignal(int status) => status & 0x7f;

    /// <summary>The exit code `runc run` reports: the code itself, or 128 + the signal that killed it.</summary>
    public static int ToExitCode(int status) => Exited(status) ? ExitCode(status) : 128 + TermSignal(status);
}
