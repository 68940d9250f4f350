using System.Globalization;
using Runc.Libcontainer.Launch;

namespace Runc.Libcontainer.Hooks;

/// <summary>
/// A wait status as Go's os.ProcessState prints it ("exit status 3", "signal: killed",
/// "signal: aborted (core dumped)"): runc puts that text in its hook errors.
/// </summary>
public static class GoExitText
{
    /// <summary>Go's names of the Linux signals (syscall.Signal.String), indexed by number.</summary>
    private static readonly string[] SignalNames =
    {
        "", "hangup", "interrupt", "quit", "illegal instruction", "trace/breakpoint trap", "aborted",
        "bus error", "floating point exception", "killed", "user defined signal 1", "segmentation fault",
        "user defined signal 2", "broken pipe", "alarm clock", "terminated", "stack fault", "child exited",
        "continued", "stopped (signal)", "stopped", "stopped (tty input)", "stopped (tty output)",
        "urgent I/O condition", "CPU time limit exceeded", "file size limit exceeded",
        "virtual timer expired", "profiling timer expired", "window changed", "I/O possible",
        "power failure", "bad system call",
    };

    public static string Describe(int status)
    {
        if (ExitStatus.Exited(status))
            return "exit status " + ExitStatus.ExitCode(status).ToString(CultureInfo.InvariantCulture);
        int sig = ExitStatus.TermSignal(status);
        string name = sig > 0 && sig < SignalNames.Length
            ? SignalNames[sig]
            : "signal " + sig.ToString(CultureInfo.InvariantCulture);
        return "signal: " + name + ((status & 0x80) != 0 ? " (core dumped)" : "");
    }
}
