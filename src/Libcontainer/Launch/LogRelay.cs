using System;
using System.Text;
using System.Text.Json;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Logging;

namespace Runc.Libcontainer.Launch;

/// <summary>
/// Reads the init's log pipe (JSON lines: level, msg, time) and re-emits each line through our
/// own logger, in the format and to the file the user chose (runc's libcontainer/logs).
/// </summary>
public sealed class LogRelay
{
    private readonly SafeFd _fd;
    private readonly StringBuilder _partial = new();

    public LogRelay(SafeFd fd) => _fd = fd;

    public int Fd => _fd.Fd;

    public bool Open { get; private set; } = true;

    public unsafe void ReadAvailable()
    {
        byte* buf = stackalloc byte[4096];
        nint n = Libc.read(_fd.Fd, buf, 4096);
        if (n <= 0)
        {
            if (n == 0 || Errno.Last != Errno.EINTR)
                Open = false;
            return;
        }
        _partial.Append(Encoding.UTF8.GetString(buf, (int)n));
        string text = _partial.ToString();
        int nl;
        int start = 0;
        while ((nl = text.IndexOf('\n', start)) >= 0)
        {
            Emit(text[start..nl]);
            start = nl + 1;
        }
        _partial.Clear().Append(text[start..]);
    }

    /// <summary>Reads whatever is already in the pipe without blocking.</summary>
    public unsafe void Drain()
    {
        var pfd = new PollFd { Fd = _fd.Fd, Events = PollFd.POLLIN };
        while (Open && Libc.poll(&pfd, 1, 0) > 0 && (pfd.Revents & PollFd.POLLIN) != 0)
            ReadAvailable();
    }

    private static void Emit(string line)
    {
        if (line.Length == 0)
            return;
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            string level = root.TryGetProperty("level", out var l) ? l.GetString() ?? "info" : "info";
            string msg = root.TryGetProperty("msg", out var m) ? m.GetString() ?? "" : "";
            Logger.Log(Logger.Parse(level) ?? LogLevel.Info, msg);
        }
        catch (JsonException)
        {
            Logger.Log(LogLevel.Info, line);
        }
    }
}
