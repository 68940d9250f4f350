using System;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Launch;

namespace Runc.Libcontainer.Terminal;

/// <summary>
/// A foreground `run`/`exec` with a terminal: runc# holds the pty master and copies stdin to it and
/// it to stdout, with the caller's terminal raw and its window size following SIGWINCH, while
/// signals are forwarded to the process; returns the process's exit code once it has exited and
/// its last output is written. One thread, one poll(2) on the signalfd, the master and stdin.
/// </summary>
public static unsafe class ConsoleProxy
{
    private const int BufferSize = 32 * 1024;

    public static int Run(SafeFd master, SignalForwarder signals, int pid)
    {
        int m = master.Fd;
        int flags = Libc.fcntl(m, Libc.F_GETFL, 0);
        Errno.Check(Libc.fcntl(m, Libc.F_SETFL, flags | Libc.O_NONBLOCK), "fcntl", "pty master");

        using var host = HostConsole.Find();
        host?.MakeRaw();
        host?.CopySizeTo(m);
        signals.OnWindowChange = () => host?.CopySizeTo(m);

        byte[] toPty = new byte[BufferSize];
        byte[] fromPty = new byte[BufferSize];
        int pendingStart = 0, pendingEnd = 0;
        bool stdinOpen = true, masterOpen = true;
        var fds = stackalloc PollFd[3];
        int? code = SignalForwarder.ReapExited(pid);
        while (code is null)
        {
            bool pending = pendingEnd > pendingStart;
            fds[0] = new PollFd { Fd = signals.Fd, Events = PollFd.POLLIN };
            fds[1] = new PollFd { Fd = masterOpen ? m : -1, Events = (short)(PollFd.POLLIN | (pending ? PollFd.POLLOUT : 0)) };
            fds[2] = new PollFd { Fd = stdinOpen && !pending ? 0 : -1, Events = PollFd.POLLIN };
            if (Libc.poll(fds, 3, -1) < 0)
            {
                if (Errno.Last == Errno.EINTR)
                    continue;
                throw new SyscallException("poll", "console", Errno.Last);
            }
            if (fds[1].Revents != 0)
            {
                if ((fds[1].Revents & (PollFd.POLLIN | PollFd.POLLHUP | PollFd.POLLERR)) != 0 && !CopyOut(m, fromPty))
                    masterOpen = false;
                if (pending && (fds[1].Revents & PollFd.POLLOUT) != 0)
                {
                    fixed (byte* p = toPty)
                    {
                        nint n = Libc.write(m, p + pendingStart, pendingEnd - pendingStart);
                        if (n > 0)
                            pendingStart += (int)n;
                        else if (n < 0 && Errno.Last != Errno.EAGAIN && Errno.Last != Errno.EINTR)
                            pendingStart = pendingEnd;
                    }
                }
            }
            if (fds[2].Fd >= 0 && fds[2].Revents != 0)
            {
                fixed (byte* p = toPty)
                {
                    nint n = Libc.read(0, p, BufferSize);
                    if (n > 0)
                    {
                        pendingStart = 0;
                        pendingEnd = (int)n;
                    }
                    else if (n == 0 || Errno.Last != Errno.EINTR)
                        stdinOpen = false;
                }
            }
            if (fds[0].Revents != 0)
                code = signals.HandleSignal(pid);
        }

        // What the process wrote before it exited may still be on its way through the line discipline.
        while (masterOpen)
        {
            var pfd = new PollFd { Fd = m, Events = PollFd.POLLIN };
            if (Libc.poll(&pfd, 1, 100) <= 0 || !CopyOut(m, fromPty))
                break;
        }
        return code.Value;
    }

    /// <summary>Copies what the master has to stdout; false once the master is done (EIO: no slave left).</summary>
    private static bool CopyOut(int master, byte[] buffer)
    {
        fixed (byte* p = buffer)
        {
            nint n = Libc.read(master, p, buffer.Length);
            if (n < 0)
                return Errno.Last == Errno.EAGAIN || Errno.Last == Errno.EINTR;
            if (n == 0)
                return false;
            try
            {
                FileIo.WriteAll(1, new ReadOnlySpan<byte>(p, (int)n), "stdout");
            }
            catch (SyscallException)
            {
                // stdout gone: keep draining so that the process does not block on its terminal
            }
            return true;
        }
    }
}
