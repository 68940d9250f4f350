using System;
using System.IO;
using System.Text;

namespace Runc.Libcontainer.Interop;

/// <summary>
/// Small, allocation-light file I/O on raw descriptors: for /proc, /sys and cgroupfs files and the
/// state directory, where FileStream's buffering and its extra syscalls buy nothing.
/// </summary>
public static unsafe class FileIo
{
    public static void WriteAll(int fd, ReadOnlySpan<byte> data, string what)
    {
        fixed (byte* p = data)
        {
            int off = 0;
            while (off < data.Length)
            {
                nint n = Libc.write(fd, p + off, data.Length - off);
                if (n < 0)
                {
                    int errno = Errno.Last;
                    if (errno == Errno.EINTR)
                        continue;
                    throw new SyscallException("write", what, errno);
                }
                off += (int)n;
            }
        }
    }

    /// <summary>Reads until <paramref name="buffer"/> is full; false on EOF before the first byte.</summary>
    public static bool ReadExactly(int fd, Span<byte> buffer, string what)
    {
        fixed (byte* p = buffer)
        {
            int off = 0;
            while (off < buffer.Length)
            {
                nint n = Libc.read(fd, p + off, buffer.Length - off);
                if (n < 0)
                {
                    int errno = Errno.Last;
                    if (errno == Errno.EINTR)
                        continue;
                    throw new SyscallException("read", what, errno);
                }
                if (n == 0)
                {
                    if (off == 0)
                        return false;
                    throw new SyscallException("read", what, Errno.EPIPE);
                }
                off += (int)n;
            }
        }
        return true;
    }

    public static byte[] ReadToEnd(int fd, string what)
    {
        byte[] buf = new byte[4096];
        int len = 0;
        while (true)
        {
            if (len == buf.Length)
                Array.Resize(ref buf, buf.Length * 2);
            nint n;
            fixed (byte* p = buf)
                n = Libc.read(fd, p + len, buf.Length - len);
            if (n < 0)
            {
                int errno = Errno.Last;
                if (errno == Errno.EINTR)
                    continue;
                throw new SyscallException("read", what, errno);
            }
            if (n == 0)
                break;
            len += (int)n;
        }
        Array.Resize(ref buf, len);
        return buf;
    }

    public static byte[] ReadAllBytes(string path) => ReadAllBytesAt(Libc.AT_FDCWD, path);

    public static byte[] ReadAllBytesAt(int dirfd, string path)
    {
        int fd = Errno.Check(Libc.openat(dirfd, path, Libc.O_RDONLY | Libc.O_CLOEXEC, 0), "open", path);
        try
        {
            return ReadToEnd(fd, path);
        }
        finally
        {
            Libc.close(fd);
        }
    }

    public static string ReadAllText(string path) => Encoding.UTF8.GetString(ReadAllBytes(path));

    /// <summary>Reads a file, or returns null if it does not exist.</summary>
    public static string? TryReadAllText(string path)
    {
        int fd = Libc.open(path, Libc.O_RDONLY | Libc.O_CLOEXEC, 0);
        if (fd < 0)
        {
            int errno = Errno.Last;
            if (errno == Errno.ENOENT || errno == Errno.ENOTDIR || errno == Errno.ESRCH)
                return null;
            throw new SyscallException("open", path, errno);
        }
        try
        {
            return Encoding.UTF8.GetString(ReadToEnd(fd, path));
        }
        catch (SyscallException e) when (e.Errno == Errno.ESRCH)
        {
            // /proc/<pid>/…: the process exited between the open and the read.
            return null;
        }
        finally
        {
            Libc.close(fd);
        }
    }

    /// <summary>Writes <paramref name="text"/> to an existing file (no create, no truncate: /proc, cgroupfs).</summary>
    public static void WriteExisting(string path, string text) => WriteExistingAt(Libc.AT_FDCWD, path, text);

    public static void WriteExistingAt(int dirfd, string path, string text)
    {
        int fd = Errno.Check(Libc.openat(dirfd, path, Libc.O_WRONLY | Libc.O_CLOEXEC, 0), "open", path);
        try
        {
            WriteAll(fd, Encoding.UTF8.GetBytes(text), path);
        }
        finally
        {
            Libc.close(fd);
        }
    }

    /// <summary>Writes a whole file atomically: a temporary file in the same directory, then rename(2) over the old one.</summary>
    public static void WriteAtomic(string path, ReadOnlySpan<byte> data, uint mode = 0x1a4 /* 0644 */)
    {
        string dir = Path.GetDirectoryName(path) ?? ".";
        string tmp = Path.Combine(dir, "." + Path.GetFileName(path) + "." + Libc.getpid() + ".tmp");
        int fd = Errno.Check(Libc.open(tmp, Libc.O_WRONLY | Libc.O_CREAT | Libc.O_TRUNC | Libc.O_CLOEXEC, mode), "open", tmp);
        try
        {
            WriteAll(fd, data, tmp);
        }
        catch
        {
            Libc.close(fd);
            Libc.unlinkat(Libc.AT_FDCWD, tmp, 0);
            throw;
        }
        Libc.close(fd);
        if (Libc.renameat(Libc.AT_FDCWD, tmp, Libc.AT_FDCWD, path) != 0)
        {
            int errno = Errno.Last;
            Libc.unlinkat(Libc.AT_FDCWD, tmp, 0);
            throw new SyscallException("rename", path, errno);
        }
    }
}
