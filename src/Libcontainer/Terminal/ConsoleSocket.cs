using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Terminal;

/// <summary>--console-socket: runc's rules for when it may be given, and the connection to it.</summary>
public static class ConsoleSocket
{
    /// <summary>runc's checkTerminal: a detached terminal needs a socket, and a socket needs a detached terminal.</summary>
    public static void Check(bool detach, bool terminal, string? socketPath)
    {
        bool haveSocket = !string.IsNullOrEmpty(socketPath);
        if (detach && terminal && !haveSocket)
            throw new RuntimeError("cannot allocate tty if runc will detach without setting console socket");
        if ((!detach || !terminal) && haveSocket)
            throw new RuntimeError("cannot use console socket if runc will not detach or allocate tty");
    }

    /// <summary>Connects to the socket (SOCK_STREAM); Go's wording on failure.</summary>
    public static SafeFd Connect(string path)
    {
        int fd = Native.runc_unix_connect(path);
        if (fd < 0)
            throw new RuntimeError($"dial unix {path}: connect: {SyscallException.Describe(Errno.Last)}");
        return new SafeFd(fd);
    }
}
