using System;
using System.Collections.Generic;
using System.Globalization;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Init;

/// <summary>
/// Hands the wait for `runc start` to the waiter (src/Native/waiter.c): a static, libc-free
/// program of a few KB embedded in our binary, executed from a sealed memfd as
/// "runc init PATH ARGV…" with the container's final environment and the fds of exec.fifo and of
/// the host's /proc, so that a created container holds a few pages instead of a .NET runtime.
/// Used only when nothing else must happen between the start and the execve of the user process
/// (no seccomp filter, LSM exec label or startContainer hook), and only where the kernel lets a
/// memfd be executed.
/// </summary>
public static unsafe class StartWaiter
{
    public const string Marker = "_LIBCONTAINER_EXECWAIT";

    private const uint MFD_CLOEXEC = 1;
    private const uint MFD_ALLOW_SEALING = 2;
    private const uint MFD_EXEC = 0x10;
    private const int F_ADD_SEALS = 1033;
    private const int F_SEAL_SEAL = 1, F_SEAL_SHRINK = 2, F_SEAL_GROW = 4, F_SEAL_WRITE = 8;

    /// <summary>Execs the waiter; returns only if that was impossible, with the reason.</summary>
    public static string Exec(SafeFd hostProc, int fifoFd, PreparedExec exec)
    {
        int memfd = Libc.memfd_create("runc:[2:INIT]", MFD_CLOEXEC | MFD_ALLOW_SEALING | MFD_EXEC);
        if (memfd < 0 && Errno.Last == Errno.EINVAL)
            memfd = Libc.memfd_create("runc:[2:INIT]", MFD_CLOEXEC | MFD_ALLOW_SEALING); // before Linux 6.3
        if (memfd < 0)
            return "memfd_create: " + SyscallException.Describe(Errno.Last);
        using var program = new SafeFd(memfd);
        nuint size;
        byte* blob = Native.runc_waiter(&size);
        FileIo.WriteAll(memfd, new ReadOnlySpan<byte>(blob, (int)size), "waiter");
        Errno.Check(Libc.fcntl(memfd, F_ADD_SEALS, F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE), "seal", "waiter");

        // These two cross the execve: no close-on-exec.
        Errno.Check(Libc.fcntl(fifoFd, Libc.F_SETFD, 0), "fcntl", "exec fifo");
        Errno.Check(Libc.fcntl(hostProc.Fd, Libc.F_SETFD, 0), "fcntl", "/proc");

        var argv = new List<string>(exec.Args.Count + 3) { "runc", "init", exec.Path };
        foreach (string a in exec.Args)
            argv.Add(a);
        var env = new List<string>(exec.Env)
        {
            Marker + "=" + fifoFd.ToString(CultureInfo.InvariantCulture) + ":" + hostProc.Fd.ToString(CultureInfo.InvariantCulture),
        };
        using var a2 = new NativeStringArray(argv);
        using var e = new NativeStringArray(env);
        int rc = Native.runc_exec_fd(memfd, a2.Pointer, e.Pointer);

        // Not executable here (vm.memfd_noexec, a noexec policy): the caller waits in-process.
        Libc.fcntl(fifoFd, Libc.F_SETFD, Libc.FD_CLOEXEC);
        Libc.fcntl(hostProc.Fd, Libc.F_SETFD, Libc.FD_CLOEXEC);
        return "exec waiter: " + SyscallException.Describe(-rc);
    }
}
