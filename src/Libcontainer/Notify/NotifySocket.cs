using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Spec;
using OciSpec = Runc.Libcontainer.Spec.Spec;

namespace Runc.Libcontainer.Notify;

/// <summary>
/// sd_notify through the container (runc's notify_socket.go). When runc# runs with NOTIFY_SOCKET
/// (a systemd service's), the container gets its own socket instead: &lt;root&gt;/&lt;id&gt;/notify/notify.sock,
/// bind-mounted read-only on /run/notify and named by the process's NOTIFY_SOCKET. runc# binds it
/// (`run`, or `start` for a created container), waits for a datagram starting with READY=, and
/// passes that line on to the host's socket followed by MAINPID=&lt;pid&gt;.
/// </summary>
public sealed unsafe class NotifySocket : IDisposable
{
    public const string PathInContainer = "/run/notify/notify.sock";

    private readonly SafeFd _socket;
    private readonly string _host;

    private NotifySocket(SafeFd socket, string host)
    {
        _socket = socket;
        _host = host;
    }

    /// <summary>The host's socket (NOTIFY_SOCKET of runc# itself), or null.</summary>
    public static string? HostSocket =>
        Environment.GetEnvironmentVariable("NOTIFY_SOCKET") is { Length: > 0 } s ? s : null;

    public static string SocketPath(string containerDir) => Path.Combine(containerDir, "notify", "notify.sock");

    /// <summary>runc's setupSpec: the bind mount of the socket's directory and the process's NOTIFY_SOCKET.</summary>
    public static void AddToSpec(OciSpec spec, string containerDir)
    {
        (spec.Mounts ??= new List<Mount>()).Add(new Mount
        {
            Destination = Path.GetDirectoryName(PathInContainer)!,
            Source = Path.GetDirectoryName(SocketPath(containerDir))!,
            Options = new List<string> { "bind", "nosuid", "noexec", "nodev", "ro" },
        });
        if (spec.Process is { } p)
            (p.Env ??= new List<string>()).Add("NOTIFY_SOCKET=" + PathInContainer);
    }

    /// <summary>Makes the socket's directory (before the init mounts it).</summary>
    public static void CreateDirectory(string containerDir) =>
        Directory.CreateDirectory(Path.GetDirectoryName(SocketPath(containerDir))!);

    /// <summary>Binds the container's socket, mode 0777 so that any user in the container may notify.</summary>
    public static NotifySocket Bind(string containerDir, string host)
    {
        string path = SocketPath(containerDir);
        int fd = Native.runc_unix_dgram_bind(path);
        if (fd < 0)
            throw new SyscallException("listen unixgram", path, Errno.Last);
        var socket = new SafeFd(fd);
        if (Libc.fchmodat(Libc.AT_FDCWD, path, 0x1ff, 0) != 0)
        {
            socket.Dispose();
            throw new SyscallException("chmod", path, Errno.Last);
        }
        return new NotifySocket(socket, host);
    }

    /// <summary>
    /// runc's notifySocket.run: waits for READY=… (checking every 100 ms that <paramref name="watchPid"/>
    /// still lives), then sends that line and MAINPID=<paramref name="mainPid"/> to the host's socket.
    /// </summary>
    public void Relay(int watchPid, int mainPid)
    {
        byte[] buf = new byte[4096];
        string proc = "/proc/" + watchPid.ToString(CultureInfo.InvariantCulture);
        while (true)
        {
            var pfd = new PollFd { Fd = _socket.Fd, Events = PollFd.POLLIN };
            int n = Libc.poll(&pfd, 1, 100);
            if (n < 0 && Errno.Last != Errno.EINTR)
                throw new SyscallException("poll", "notify socket", Errno.Last);
            if (n <= 0)
            {
                if (!Directory.Exists(proc))
                    return;
                continue;
            }
            nint r;
            fixed (byte* p = buf)
                r = Libc.read(_socket.Fd, p, buf.Length);
            if (r <= 0)
                continue;
            var got = buf.AsSpan(0, (int)r);
            if (!got.StartsWith("READY="u8))
                continue;
            int nl = got.IndexOf((byte)'\n');
            Send((nl < 0 ? Encoding.UTF8.GetString(got) : Encoding.UTF8.GetString(got[..nl])) + "\n");
            Send("MAINPID=" + mainPid.ToString(CultureInfo.InvariantCulture) + "\n");
            return;
        }
    }

    private void Send(string line)
    {
        byte[] b = Encoding.UTF8.GetBytes(line);
        fixed (byte* p = b)
        {
            if (Native.runc_unix_dgram_send(_host, p, (nuint)b.Length) != 0)
                throw new SyscallException("dial unixgram", _host, Errno.Last);
        }
    }

    public void Dispose() => _socket.Dispose();
}
