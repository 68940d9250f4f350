using System;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.State;

/// <summary>An exclusive flock(2) on a container's state directory, held until disposed.</summary>
public sealed class ContainerLock : IDisposable
{
    private readonly SafeFd _fd;

    private ContainerLock(SafeFd fd) => _fd = fd;

    public static ContainerLock Acquire(string dir) =>
        TryAcquire(dir) ?? throw new SyscallException("open", dir, Errno.ENOENT);

    /// <summary>Null if the directory does not exist.</summary>
    public static ContainerLock? TryAcquire(string dir)
    {
        int fd = Libc.open(dir, Libc.O_RDONLY | Libc.O_DIRECTORY | Libc.O_CLOEXEC, 0);
        if (fd < 0)
        {
            int errno = Errno.Last;
            if (errno == Errno.ENOENT || errno == Errno.ENOTDIR)
                return null;
            throw new SyscallException("open", dir, errno);
        }
        var handle = new SafeFd(fd);
        while (Libc.flock(fd, Libc.LOCK_EX) != 0)
        {
            int errno = Errno.Last;
            if (errno != Errno.EINTR)
            {
                handle.Dispose();
                throw new SyscallException("flock", dir, errno);
            }
        }
        return new ContainerLock(handle);
    }

    public void Dispose() => _fd.Dispose();
}
