using System;
using System.Runtime.InteropServices;

namespace Runc.Libcontainer.Interop;

/// <summary>
/// libseccomp.so.2, bound through function pointers from one library handle. The handle comes from
/// the C stage (the bootstrap's NSEXEC_ATTR_DLOPEN: loaded before any namespace is joined, from the
/// host's filesystem) or, outside init, from <see cref="NativeLibrary.Load(string)"/>. Not
/// [LibraryImport]: its lazy binding would look the library up by name at the first call, which in
/// init happens after pivot_root or setns, where the name resolves in the container's filesystem
/// and a hostile image could hand the still-privileged init its own library. A host without
/// libseccomp fails only when a config asks for seccomp.
/// </summary>
internal static unsafe class Libseccomp
{
    // libseccomp's seccomp.h.
    public const uint SCMP_ACT_KILL_PROCESS = 0x80000000;
    public const uint SCMP_ACT_KILL_THREAD = 0x00000000;
    public const uint SCMP_ACT_TRAP = 0x00030000;
    public const uint SCMP_ACT_NOTIFY = 0x7fc00000;
    public const uint SCMP_ACT_ERRNO = 0x00050000;
    public const uint SCMP_ACT_TRACE = 0x7ff00000;
    public const uint SCMP_ACT_LOG = 0x7ffc0000;
    public const uint SCMP_ACT_ALLOW = 0x7fff0000;

    public const int SCMP_FLTATR_CTL_NNP = 3;
    public const int SCMP_FLTATR_CTL_TSYNC = 4;
    public const int SCMP_FLTATR_CTL_LOG = 6;
    public const int SCMP_FLTATR_CTL_SSB = 7;

    /// <summary>SCMP_ARCH_X32: libseccomp's own token; the kernel reports x32 calls as AUDIT_ARCH_X86_64 with bit 30 set in the number.</summary>
    public const uint SCMP_ARCH_X32 = 0x4000003E;
    public const uint AUDIT_ARCH_X86_64 = 0xC000003E;

    public const int SCMP_CMP_NE = 1, SCMP_CMP_LT = 2, SCMP_CMP_LE = 3, SCMP_CMP_EQ = 4, SCMP_CMP_GE = 5, SCMP_CMP_GT = 6, SCMP_CMP_MASKED_EQ = 7;

    /// <summary>struct scmp_arg_cmp.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct ArgCmp
    {
        public uint Arg;
        public int Op;
        public ulong DatumA;
        public ulong DatumB;
    }

    private static nint _handle;

    public static delegate* unmanaged<uint, nint> seccomp_init;
    public static delegate* unmanaged<nint, void> seccomp_release;
    public static delegate* unmanaged<nint, int, uint, int> seccomp_attr_set;
    public static delegate* unmanaged<byte*, uint> seccomp_arch_resolve_name;
    public static delegate* unmanaged<nint, uint, int> seccomp_arch_exist;
    public static delegate* unmanaged<nint, uint, int> seccomp_arch_add;
    public static delegate* unmanaged<byte*, int> seccomp_syscall_resolve_name;
    public static delegate* unmanaged<nint, uint, int, uint, ArgCmp*, int> seccomp_rule_add_array;
    public static delegate* unmanaged<nint, int> seccomp_load;
    public static delegate* unmanaged<nint, int> seccomp_notify_fd;
    public static delegate* unmanaged<uint> seccomp_api_get;
    public static delegate* unmanaged<uint, byte*, int> seccomp_syscall_resolve_name_arch;
    public static delegate* unmanaged<nint, int, int> seccomp_export_bpf;
    public static delegate* unmanaged<uint> seccomp_arch_native;

    public static bool Loaded => _handle != 0;

    /// <summary>
    /// Binds every function; throws when the library is missing. <paramref name="preloadedOnly"/>
    /// (init): only the handle the C stage opened is acceptable.
    /// </summary>
    public static void Load(bool preloadedOnly)
    {
        if (_handle != 0)
            return;
        nint h = Native.runc_dlopened();
        if (h == 0 && preloadedOnly)
            throw new RuntimeError($"seccomp: {Libraries.Seccomp} was not loaded before the container's namespaces were joined");
        if (h == 0 && !NativeLibrary.TryLoad(Libraries.Seccomp, out h))
            throw new RuntimeError($"seccomp: cannot load {Libraries.Seccomp} (install libseccomp2)");
        seccomp_init = (delegate* unmanaged<uint, nint>)Export(h, "seccomp_init");
        seccomp_release = (delegate* unmanaged<nint, void>)Export(h, "seccomp_release");
        seccomp_attr_set = (delegate* unmanaged<nint, int, uint, int>)Export(h, "seccomp_attr_set");
        seccomp_arch_resolve_name = (delegate* unmanaged<byte*, uint>)Export(h, "seccomp_arch_resolve_name");
        seccomp_arch_exist = (delegate* unmanaged<nint, uint, int>)Export(h, "seccomp_arch_exist");
        seccomp_arch_add = (delegate* unmanaged<nint, uint, int>)Export(h, "seccomp_arch_add");
        seccomp_syscall_resolve_name = (delegate* unmanaged<byte*, int>)Export(h, "seccomp_syscall_resolve_name");
        seccomp_rule_add_array = (delegate* unmanaged<nint, uint, int, uint, ArgCmp*, int>)Export(h, "seccomp_rule_add_array");
        seccomp_load = (delegate* unmanaged<nint, int>)Export(h, "seccomp_load");
        seccomp_notify_fd = (delegate* unmanaged<nint, int>)Export(h, "seccomp_notify_fd");
        seccomp_api_get = (delegate* unmanaged<uint>)Export(h, "seccomp_api_get");
        seccomp_syscall_resolve_name_arch = (delegate* unmanaged<uint, byte*, int>)Export(h, "seccomp_syscall_resolve_name_arch");
        seccomp_export_bpf = (delegate* unmanaged<nint, int, int>)Export(h, "seccomp_export_bpf");
        seccomp_arch_native = (delegate* unmanaged<uint>)Export(h, "seccomp_arch_native");
        _handle = h;
    }

    private static nint Export(nint handle, string name) =>
        NativeLibrary.TryGetExport(handle, name, out nint p) ? p : throw new RuntimeError($"seccomp: {Libraries.Seccomp} has no {name}");
}
