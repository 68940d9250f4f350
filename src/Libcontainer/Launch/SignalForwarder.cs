using System;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Logging;

namespace Runc.Libcontainer.Launch;

/// <summary>
/// Foreground `run` and `exec`: this process becomes a child subreaper (the container's init is
/// re-parented to it when the C stage's first child exits), takes every signal on a signalfd, and
/// forwards each to the container process until that process exits; SIGCHLD reaps children.
/// </summary>
public sealed unsafe class SignalForwarder : IDisposable
{
    private readonly SafeFd _signals;

    public SignalForwarder(bool subreaper)
    {
        Errno.Check(Native.runc_block_signals(), "block signals");
        _signals = new SafeFd(Errno.Check(Native.runc_signalfd_forwarded(), "signalfd"));
        if (subreaper)
            Errno.Check(Libc.prctl(Libc.PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0), "prctl(PR_SET_CHILD_SUBREAPER)");
    }

    /// <summary>Called on SIGWINCH (a terminal's size changed).</summary>
    public Action? OnWindowChange { get; set; }

    /// <summary>The signalfd: readable when a signal is pending (for callers that poll other fds too).</summary>
    public int Fd => _signals.Fd;

    /// <summary>Forwards signals to <paramref name="pid"/> until it exits; returns its exit code (128+n if killed by signal n).</summary>
    public int ForwardUntilExit(int pid)
    {
        // It may have exited before we got here: reap first.
        if (ReapAll(pid) is int early)
            return early;
        while (true)
        {
            if (HandleSignal(pid) is int code)
                return code;
        }
    }

    /// <summary>Reads one signal (blocking) and acts on it; the exit code once <paramref name="pid"/> has exited.</summary>
    public int? HandleSignal(int pid)
    {
        int sender;
        int sig = Native.runc_signalfd_read(_signals.Fd, &sender);
        if (sig < 0)
        {
            if (Errno.Last == Errno.EINTR)
                return null;
            throw new SyscallException("read", "signalfd", Errno.Last);
        }
        switch (sig)
        {
            case Libc.SIGCHLD:
                return ReapAll(pid);
            case Libc.SIGWINCH:
                OnWindowChange?.Invoke();
                return null;
            case Libc.SIGURG:
                return null;
            default:
                Logger.Debug($"forwarding signal {sig} to {pid}");
                Libc.kill(pid, sig);
                return null;
        }
    }

    /// <summary>Reaps what has exited already; the exit code if <paramref name="pid"/> was among them.</summary>
    public static int? ReapExited(int pid) => ReapAll(pid);

    /// <summary>Reaps every exited child; the exit code if <paramref name="pid"/> was among them.</summary>
    private static int? ReapAll(int pid)
    {
        int? result = null;
        while (true)
        {
            int status;
            int r = Libc.waitpid(-1, &status, Libc.WNOHANG | Libc.__WALL);
            if (r <= 0)
            {
                if (r < 0 && Errno.Last == Errno.EINTR)
                    continue;
                return result;
            }
            if (r == pid)
                result = ExitStatus.ToExitCode(status);
        }
    }

    public void Dispose() => _signals.Dispose();
}
