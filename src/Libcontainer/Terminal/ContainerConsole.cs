using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Terminal;

/// <summary>
/// The init's side of `process.terminal` (runc's setupConsole): after pivot_root, a pty is opened
/// in the container's own devpts; the master goes over the console socket with SCM_RIGHTS and the
/// name "/dev/ptmx" as the message (what containerd's and runc's recvtty read); the slave becomes
/// stdin, stdout and stderr and the controlling terminal of the init's session. A new container
/// also gets the slave bind-mounted on /dev/console.
/// </summary>
public static unsafe class ContainerConsole
{
    private const ulong MS_BIND = 0x1000;

    public static void Setup(int socketFd, Box? size, bool mountDevConsole, uint uid)
    {
        byte* name = stackalloc byte[64];
        int master = Native.runc_pty_open(name, 64);
        if (master < 0)
            throw new SyscallException("open", "/dev/ptmx", Errno.Last);
        using var masterFd = new SafeFd(master);
        string slave = System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)name) ?? "";

        if (size is { Height: > 0, Width: > 0 })
            Errno.Check(Native.runc_tty_set_size(master, size.Height, size.Width), "set console size");

        if (mountDevConsole)
            MountDevConsole(slave);

        byte[] ptmx = "/dev/ptmx"u8.ToArray();
        fixed (byte* p = ptmx)
        {
            if (Native.runc_send_fd(socketFd, master, p, (nuint)ptmx.Length) != 0)
                throw new SyscallException("send console master", "console socket", Errno.Last);
        }
        Libc.close(socketFd);

        int fd = Libc.open(slave, Libc.O_RDWR | Libc.O_CLOEXEC, 0);
        if (fd < 0)
            throw new SyscallException("open", slave, Errno.Last);
        // The process's user must be able to reopen and control its terminal (runc's fixStdioPermissions).
        if (uid != 0 && Libc.fchown(fd, uid, uint.MaxValue) != 0 && Errno.Last != Errno.EINVAL && Errno.Last != Errno.EPERM)
            throw new SyscallException("fchown", slave, Errno.Last);
        for (int i = 0; i < 3; i++)
            Errno.Check(Libc.dup3(fd, i, 0), "dup3", slave);
        Libc.close(fd);
        Errno.Check(Native.runc_tty_setctty(0), "ioctl(TIOCSCTTY)", slave);
    }

    /// <summary>runc's mountConsole: /dev/console (created 0666 if missing) becomes a bind mount of the slave.</summary>
    private static void MountDevConsole(string slave)
    {
        uint old = Libc.umask(0);
        try
        {
            int fd = Libc.open("/dev/console", Libc.O_WRONLY | Libc.O_CREAT | Libc.O_NOFOLLOW | Libc.O_CLOEXEC, 0x1b6 /* 0666 */);
            if (fd >= 0)
            {
                Libc.fchmod(fd, 0x1b6);
                Libc.close(fd);
            }
            else if (Errno.Last != Errno.EEXIST)
            {
                throw new SyscallException("create", "/dev/console", Errno.Last);
            }
        }
        finally
        {
            Libc.umask(old);
        }
        Errno.Check(Libc.mount(slave, "/dev/console", "bind", MS_BIND, null), "mount", "/dev/console");
    }
}
