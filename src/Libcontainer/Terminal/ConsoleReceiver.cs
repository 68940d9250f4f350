using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Terminal;

/// <summary>
/// A foreground `run`/`exec` with a terminal and no --console-socket: runc# is its own console
/// socket. The init gets one end of a socket pair as its console socket; the master comes back on
/// the other.
/// </summary>
public sealed unsafe class ConsoleReceiver : System.IDisposable
{
    private readonly SafeFd _ours;

    public ConsoleReceiver()
    {
        int* sv = stackalloc int[2];
        Errno.Check(socketpair(1 /* AF_UNIX */, 1 /* SOCK_STREAM */ | Libc.O_CLOEXEC, 0, sv), "socketpair");
        _ours = new SafeFd(sv[0]);
        InitEnd = new SafeFd(sv[1]);
    }

    /// <summary>The end to pass to the init (InitProcessOptions.ConsoleSocket).</summary>
    public SafeFd InitEnd { get; }

    /// <summary>The master, once <see cref="Receive"/> has run.</summary>
    public SafeFd? Master { get; private set; }

    /// <summary>
    /// Receives the pty master; call it while the init waits after Ready (it sent the master before),
    /// so that ONLCR is off before the process writes anything (the caller's terminal translates
    /// newlines once: runc's ClearONLCR) and the pty already has the caller's window size.
    /// </summary>
    public SafeFd Receive()
    {
        if (Master is not null)
            return Master;
        InitEnd.Dispose();
        byte* name = stackalloc byte[256];
        nuint got;
        int fd = Native.runc_recv_fd(_ours.Fd, name, 256, &got);
        if (fd < 0)
            throw new SyscallException("receive console master", "console socket", Errno.Last);
        Master = new SafeFd(fd);
        Native.runc_tty_clear_onlcr(fd);
        // The caller's window size too, before the process can look at it (ConsoleProxy follows SIGWINCH later).
        using (var host = HostConsole.Find())
            host?.CopySizeTo(fd);
        return Master;
    }

    public void Dispose()
    {
        Master?.Dispose();
        InitEnd.Dispose();
        _ours.Dispose();
    }

    [System.Runtime.InteropServices.DllImport(Libraries.Libc, SetLastError = true)]
    private static extern int socketpair(int domain, int type, int protocol, int* sv);
}
