using System.Runtime.InteropServices;

namespace Runc.Libcontainer.Interop;

/// <summary>struct rlimit with 64-bit fields (prlimit(2)).</summary>
[StructLayout(LayoutKind.Sequential)]
public struct RLimit
{
    public ulong Cur;
    public ulong Max;
}
