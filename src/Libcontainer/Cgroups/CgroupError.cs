namespace Runc.Libcontainer.Cgroups;

/// <summary>A cgroup operation failed or a resource value is invalid; the message names the file or field.</summary>
public sealed class CgroupError : RuntimeError
{
    public CgroupError(string message, int errno = 0) : base(message) => Errno = errno;

    /// <summary>The errno of the failed system call, 0 for a bad value.</summary>
    public int Errno { get; }

    /// <summary>A failure that rootless runc ignores: the cgroup is not ours to make or write.</summary>
    public bool IsPermission => Errno is Interop.Errno.EACCES or Interop.Errno.EPERM or Interop.Errno.EROFS or Interop.Errno.ENOENT;
}
