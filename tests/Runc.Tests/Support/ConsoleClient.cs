using System;
using System.IO;
using System.Net.Sockets;
using System.Text;
using Runc.Libcontainer.Interop;

namespace Runc.Tests.Support;

/// <summary>
/// A recvtty-like console socket for tests: listens on a unix socket, receives the pty master that
/// runc sends with SCM_RIGHTS (and its name), then writes to and reads from the container's terminal.
/// </summary>
public sealed unsafe class ConsoleClient : IDisposable
{
    private readonly Socket _listener;
    private SafeFd? _master;
    private readonly StringBuilder _seen = new();

    public ConsoleClient(string dir)
    {
        SocketPath = Path.Combine(dir, "console.sock");
        _listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        _listener.Bind(new UnixDomainSocketEndPoint(SocketPath));
        _listener.Listen(1);
    }

    public string SocketPath { get; }

    /// <summary>The name sent along with the master (runc sends "/dev/ptmx").</summary>
    public string? MasterName { get; private set; }

    /// <summary>All the terminal output read so far.</summary>
    public string Transcript => _seen.ToString();

    public int Master => _master?.Fd ?? throw new InvalidOperationException("no master received");

    /// <summary>Accepts runc's connection and receives the master (runc connected and sent it already).</summary>
    public void Receive()
    {
        _listener.Blocking = true;
        using var conn = _listener.Accept();
        byte* name = stackalloc byte[256];
        nuint got;
        int fd = Runc.Libcontainer.Interop.Native.runc_recv_fd((int)conn.Handle, name, 256, &got);
        if (fd < 0)
            throw new IOException($"recvmsg: errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}");
        MasterName = Encoding.UTF8.GetString(name, (int)got);
        _master = new SafeFd(fd);
    }

    public void Write(string text)
    {
        byte[] b = Encoding.UTF8.GetBytes(text);
        fixed (byte* p = b)
        {
            if (Libc.write(Master, p, b.Length) != b.Length)
                throw new IOException("write to the pty master failed");
        }
    }

    /// <summary>Reads the terminal until <paramref name="expected"/> has appeared (counting from <paramref name="from"/>); returns the output so far.</summary>
    public string ReadUntil(string expected, int from = 0, int timeoutMs = 10_000)
    {
        byte* buf = stackalloc byte[4096];
        long deadline = Environment.TickCount64 + timeoutMs;
        while (_seen.ToString().IndexOf(expected, from, StringComparison.Ordinal) < 0)
        {
            int left = (int)(deadline - Environment.TickCount64);
            if (left <= 0)
                throw new TimeoutException($"terminal never showed \"{expected}\"; it showed:\n{_seen}");
            var pfd = new PollFd { Fd = Master, Events = PollFd.POLLIN };
            if (Libc.poll(&pfd, 1, left) <= 0)
                continue;
            nint n = Libc.read(Master, buf, 4096);
            if (n <= 0)
                throw new IOException($"terminal closed before \"{expected}\"; it showed:\n{_seen}");
            _seen.Append(Encoding.UTF8.GetString(buf, (int)n));
        }
        return _seen.ToString();
    }

    public void Resize(uint rows, uint cols)
    {
        if (Runc.Libcontainer.Interop.Native.runc_tty_set_size(Master, rows, cols) != 0)
            throw new IOException("TIOCSWINSZ failed");
    }

    public void Dispose()
    {
        _master?.Dispose();
        _listener.Dispose();
    }
}
