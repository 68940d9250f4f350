using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Terminal;

/// <summary>
/// The terminal runc# itself runs on (runc's initHostConsole): the first of stderr, stdout, stdin
/// that is a terminal, else /dev/tty. Made raw (output processing kept) while a container's
/// terminal is proxied, restored afterwards; its size is copied to the container's pty.
/// </summary>
public sealed unsafe class HostConsole : System.IDisposable
{
    private readonly int _fd;
    private readonly SafeFd? _owned;
    private byte[]? _saved;

    private HostConsole(int fd, SafeFd? owned)
    {
        _fd = fd;
        _owned = owned;
    }

    /// <summary>The caller's terminal, or null when it has none (output then goes to stdout as it is).</summary>
    public static HostConsole? Find()
    {
        foreach (int fd in new[] { 2, 1, 0 })
        {
            if (Libc.isatty(fd) == 1)
                return new HostConsole(fd, null);
        }
        int tty = Libc.open("/dev/tty", Libc.O_RDWR | Libc.O_NOCTTY | Libc.O_CLOEXEC, 0);
        return tty < 0 ? null : new HostConsole(tty, new SafeFd(tty));
    }

    public void MakeRaw()
    {
        var saved = new byte[(int)Native.runc_termios_size()];
        fixed (byte* p = saved)
        {
            if (Native.runc_tty_make_raw(_fd, p) != 0)
                throw new RuntimeError($"failed to set the terminal from the stdin: {SyscallException.Describe(Errno.Last)}");
        }
        _saved = saved;
    }

    /// <summary>Copies this terminal's window size to <paramref name="pty"/> (errors ignored, as runc does).</summary>
    public void CopySizeTo(int pty)
    {
        uint rows, cols;
        if (Native.runc_tty_get_size(_fd, &rows, &cols) == 0)
            Native.runc_tty_set_size(pty, rows, cols);
    }

    public void Dispose()
    {
        if (_saved is not null)
        {
            fixed (byte* p = _saved)
                Native.runc_tty_restore(_fd, p);
            _saved = null;
        }
        _owned?.Dispose();
    }
}
