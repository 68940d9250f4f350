using System.Runtime.InteropServices;

namespace Runc.Libcontainer.Interop;

/// <summary>Bindings of our own C helpers (src/Native/runcnative.h).</summary>
public static unsafe partial class Native
{
    public const int SpawnMaxFds = 64;

    [LibraryImport(Libraries.Native, EntryPoint = "runc_spawn")]
    public static partial int runc_spawn(SpawnRequest* request);

    [LibraryImport(Libraries.Native, EntryPoint = "runc_exec")]
    public static partial int runc_exec(byte* path, byte** argv, byte** envp);

    [LibraryImport(Libraries.Native, EntryPoint = "runc_exec_fd")]
    public static partial int runc_exec_fd(int fd, byte** argv, byte** envp);

    [LibraryImport(Libraries.Native, EntryPoint = "runc_waiter")]
    public static partial byte* runc_waiter(nuint* size);

    [LibraryImport(Libraries.Native, EntryPoint = "runc_reset_signals")]
    public static partial void runc_reset_signals();

    [LibraryImport(Libraries.Native, EntryPoint = "runc_unblock_signals", SetLastError = true)]
    public static partial int runc_unblock_signals();

    [LibraryImport(Libraries.Native, EntryPoint = "runc_block_signals", SetLastError = true)]
    public static partial int runc_block_signals();

    [LibraryImport(Libraries.Native, EntryPoint = "runc_signalfd_forwarded", SetLastError = true)]
    public static partial int runc_signalfd_forwarded();

    [LibraryImport(Libraries.Native, EntryPoint = "runc_signalfd_read", SetLastError = true)]
    public static partial int runc_signalfd_read(int fd, int* pid);

    [LibraryImport(Libraries.Native, EntryPoint = "runc_send_fd", SetLastError = true)]
    public static partial int runc_send_fd(int sock, int fd, byte* data, nuint len);

    [LibraryImport(Libraries.Native, EntryPoint = "runc_recv_fd", SetLastError = true)]
    public static partial int runc_recv_fd(int sock, byte* data, nuint len, nuint* received);

    [LibraryImport(Libraries.Native, EntryPoint = "runc_unix_connect", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int runc_unix_connect(string path);

    [LibraryImport(Libraries.Native, EntryPoint = "runc_seccomp_set_filter", SetLastError = true)]
    public static partial int runc_seccomp_set_filter(uint flags, ushort len, void* insns);

    [LibraryImport(Libraries.Native, EntryPoint = "runc_dlopened")]
    public static partial nint runc_dlopened();

    [LibraryImport(Libraries.Native, EntryPoint = "runc_loopback_up", SetLastError = true)]
    public static partial int runc_loopback_up();

    [LibraryImport(Libraries.Native, EntryPoint = "runc_keyctl_join_session", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial long runc_keyctl_join_session(string? name);

    [LibraryImport(Libraries.Native, EntryPoint = "runc_ioctl", SetLastError = true)]
    public static partial int runc_ioctl(int fd, nuint request, void* arg);

    [LibraryImport(Libraries.Native, EntryPoint = "runc_pty_open", SetLastError = true)]
    public static partial int runc_pty_open(byte* slave, nuint len);

    [LibraryImport(Libraries.Native, EntryPoint = "runc_tty_set_size", SetLastError = true)]
    public static partial int runc_tty_set_size(int fd, uint rows, uint cols);

    [LibraryImport(Libraries.Native, EntryPoint = "runc_tty_get_size", SetLastError = true)]
    public static partial int runc_tty_get_size(int fd, uint* rows, uint* cols);

    [LibraryImport(Libraries.Native, EntryPoint = "runc_termios_size")]
    public static partial nuint runc_termios_size();

    [LibraryImport(Libraries.Native, EntryPoint = "runc_tty_make_raw", SetLastError = true)]
    public static partial int runc_tty_make_raw(int fd, byte* saved);

    [LibraryImport(Libraries.Native, EntryPoint = "runc_tty_restore", SetLastError = true)]
    public static partial int runc_tty_restore(int fd, byte* saved);

    [LibraryImport(Libraries.Native, EntryPoint = "runc_tty_clear_onlcr", SetLastError = true)]
    public static partial int runc_tty_clear_onlcr(int fd);

    [LibraryImport(Libraries.Native, EntryPoint = "runc_tty_setctty", SetLastError = true)]
    public static partial int runc_tty_setctty(int fd);

    [LibraryImport(Libraries.Native, EntryPoint = "runc_unix_dgram_bind", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int runc_unix_dgram_bind(string path);

    [LibraryImport(Libraries.Native, EntryPoint = "runc_unix_dgram_send", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int runc_unix_dgram_send(string path, byte* data, nuint len);
}
