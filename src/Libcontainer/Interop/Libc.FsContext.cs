using System.Runtime.InteropServices;

namespace Runc.Libcontainer.Interop;

/// <summary>glibc bindings: the filesystem-context mount API (fsopen/fsconfig/fsmount) and fstatfs.</summary>
public static unsafe partial class Libc
{
    public const uint FSOPEN_CLOEXEC = 0x1;
    public const uint FSCONFIG_CMD_CREATE = 6;
    public const uint FSMOUNT_CLOEXEC = 0x1;
    public const long PROC_SUPER_MAGIC = 0x9fa0;

    [LibraryImport(Libraries.Libc, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int fsopen(string fsName, uint flags);

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    public static partial int fsconfig(int fd, uint cmd, byte* key, byte* value, int aux);

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    public static partial int fsmount(int fd, uint flags, uint attrFlags);

    /// <summary>struct statfs: f_type is the first field (64-bit).</summary>
    [LibraryImport(Libraries.Libc, SetLastError = true)]
    public static partial int fstatfs(int fd, byte* buf);
}
