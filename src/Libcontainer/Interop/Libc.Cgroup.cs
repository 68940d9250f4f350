using System.Runtime.InteropServices;

namespace Runc.Libcontainer.Interop;

/// <summary>Bindings the cgroup drivers need: statfs (driver detection), eventfd and inotify (OOM
/// events), bpf (the cgroup v2 device filter, through a fixed-signature shim).</summary>
public static unsafe partial class Libc
{
    public const long CGROUP_SUPER_MAGIC = 0x27e0eb;
    public const long CGROUP2_SUPER_MAGIC = 0x63677270;

    public const int EFD_CLOEXEC = 0x80000;
    public const int IN_CLOEXEC = 0x80000;
    public const uint IN_MODIFY = 0x2;

    public const int BPF_PROG_LOAD = 5;
    public const int BPF_PROG_ATTACH = 8;
    public const int BPF_PROG_DETACH = 9;
    public const int BPF_PROG_QUERY = 16;
    public const int BPF_PROG_TYPE_CGROUP_DEVICE = 15;
    public const int BPF_CGROUP_DEVICE = 6;
    public const uint BPF_F_ALLOW_MULTI = 2;
    public const uint BPF_F_REPLACE = 4;

    /// <summary>struct statfs is 120 bytes on x86_64; f_type is its first field.</summary>
    [LibraryImport(Libraries.Libc, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int statfs(string path, byte* buf);

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    public static partial int eventfd(uint initval, int flags);

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    public static partial int inotify_init1(int flags);

    [LibraryImport(Libraries.Libc, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int inotify_add_watch(int fd, string path, uint mask);

    /// <summary>bpf(2) through runc_bpf (glibc has no wrapper).</summary>
    [LibraryImport(Libraries.Native, EntryPoint = "runc_bpf", SetLastError = true)]
    public static partial int bpf(int cmd, void* attr, uint size);

    /// <summary>The filesystem magic of <paramref name="path"/> (statfs f_type), or -1 when it cannot be asked.</summary>
    public static long FsMagic(string path)
    {
        byte* buf = stackalloc byte[128];
        return statfs(path, buf) == 0 ? *(long*)buf : -1;
    }
}
