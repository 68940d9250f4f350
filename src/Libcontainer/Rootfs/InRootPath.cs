using System;
using System.Collections.Generic;
using System.Globalization;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Rootfs;

/// <summary>
/// Resolves paths inside the container's rootfs without ever leaving it (CVE-2021-30465): every
/// lookup is openat2(RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS) from an fd of the rootfs, so a
/// symlink (even one swapped in while we work) resolves as if the rootfs were "/". Missing
/// components are created one at a time, each under an fd that was itself resolved in the root.
/// </summary>
public sealed class InRootPath
{
    private const ulong Resolve = Libc.RESOLVE_IN_ROOT | Libc.RESOLVE_NO_MAGICLINKS;
    private readonly SafeFd _root;

    public InRootPath(SafeFd root, string hostPath)
    {
        _root = root;
        HostPath = hostPath;
    }

    /// <summary>The rootfs as the host sees it (for messages).</summary>
    public string HostPath { get; }

    public SafeFd Root => _root;

    /// <summary>"/a/b/../c" → "/a/c"; always absolute, no "." or ".." or empty components.</summary>
    public static string Clean(string path)
    {
        var parts = new List<string>();
        foreach (string p in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (p == ".")
                continue;
            if (p == "..")
            {
                if (parts.Count > 0)
                    parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(p);
        }
        return "/" + string.Join('/', parts);
    }

    /// <summary>Opens an existing path inside the root (O_PATH unless other flags are given); null if it does not exist.</summary>
    public SafeFd? TryOpen(string path, int flags = Libc.O_PATH)
    {
        string rel = Relative(path);
        int fd = Libc.openat2(_root.Fd, rel, (ulong)(flags | Libc.O_CLOEXEC), 0, Resolve);
        if (fd >= 0)
            return new SafeFd(fd);
        int errno = Errno.Last;
        if (errno == Errno.ENOENT)
            return null;
        throw new SyscallException("open", HostPath + Clean(path), errno);
    }

    public SafeFd Open(string path, int flags = Libc.O_PATH) =>
        TryOpen(path, flags) ?? throw new SyscallException("open", HostPath + Clean(path), Errno.ENOENT);

    /// <summary>Opens <paramref name="path"/>, creating it (and its parents) as a directory or an empty file if missing.</summary>
    public SafeFd OpenOrCreate(string path, bool directory, uint mode = 0x1ed /* 0755 */) => OpenOrCreate(path, directory, mode, 0);

    private SafeFd OpenOrCreate(string path, bool directory, uint mode, int links)
    {
        var existing = TryOpen(path);
        if (existing is not null)
            return existing;
        string clean = Clean(path);
        if (clean == "/")
            return Open("/");
        int slash = clean.LastIndexOf('/');
        string parent = slash == 0 ? "/" : clean[..slash];
        string name = clean[(slash + 1)..];
        using var parentFd = OpenOrCreate(parent, directory: true, 0x1ed, links);
        int rc;
        if (directory)
        {
            rc = Libc.mkdirat(parentFd.Fd, name, mode);
        }
        else
        {
            rc = Libc.openat(parentFd.Fd, name, Libc.O_CREAT | Libc.O_EXCL | Libc.O_WRONLY | Libc.O_CLOEXEC | Libc.O_NOFOLLOW, 0x1a4 /* 0644 */);
            if (rc >= 0)
                rc = Libc.close(rc);
        }
        if (rc != 0 && Errno.Last != Errno.EEXIST)
            throw new SyscallException(directory ? "mkdir" : "create", HostPath + clean, Errno.Last);
        // Re-resolve from the root: whatever now sits at the name is looked up inside it.
        var fd = TryOpen(clean);
        if (fd is not null)
            return fd;
        // A dangling symlink: create what it points to, read as if the root were "/".
        string? target = ReadLink(parentFd, name);
        if (target is null || links >= 40)
            throw new SyscallException("open", HostPath + clean, target is null ? Errno.ENOENT : Errno.ELOOP);
        string next = target.StartsWith('/') ? Clean(target) : Clean(parent + "/" + target);
        return OpenOrCreate(next, directory, mode, links + 1);
    }

    private static unsafe string? ReadLink(SafeFd dir, string name)
    {
        byte* buf = stackalloc byte[4096];
        nint n = Libc.readlinkat(dir.Fd, name, buf, 4096);
        return n < 0 ? null : System.Text.Encoding.UTF8.GetString(buf, (int)n);
    }

    /// <summary>The path through which mount(2) and friends reach an O_PATH fd: the host's /proc magic link.</summary>
    public static string FdPath(SafeFd fd) => "/proc/self/fd/" + fd.Fd.ToString(CultureInfo.InvariantCulture);

    private static string Relative(string path)
    {
        string clean = Clean(path);
        return clean == "/" ? "." : clean[1..];
    }
}
