namespace Runc.Libcontainer.Interop;

/// <summary>Every native library we bind, in one place.</summary>
internal static partial class Libraries
{
    /// <summary>glibc; linked directly into the NativeAOT binary (DirectPInvoke).</summary>
    internal const string Libc = "libc.so.6";

    /// <summary>Our C helpers (src/Native): linked in statically, libruncnative.so for the tests.</summary>
    internal const string Native = "runcnative";

    /// <summary>libseccomp, loaded lazily on first use (only configs with seccomp pay for it).</summary>
    internal const string Seccomp = "libseccomp.so.2";
}
