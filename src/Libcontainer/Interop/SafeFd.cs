using System;
using System.Runtime.InteropServices;

namespace Runc.Libcontainer.Interop;

/// <summary>An owned file descriptor, closed exactly once.</summary>
public sealed class SafeFd : SafeHandle
{
    public SafeFd() : base(new IntPtr(-1), ownsHandle: true)
    {
    }

    public SafeFd(int fd, bool ownsHandle = true) : base(new IntPtr(-1), ownsHandle)
    {
        SetHandle(new IntPtr(fd));
    }

    public override bool IsInvalid => handle.ToInt64() < 0;

    /// <summary>The raw descriptor; valid while this object is alive and not disposed.</summary>
    public int Fd => (int)handle.ToInt64();

    /// <summary>Gives up ownership: the caller now owns (and must close) the descriptor.</summary>
    public int Release()
    {
        int fd = Fd;
        SetHandleAsInvalid();
        return fd;
    }

    protected override bool ReleaseHandle() => Libc.close((int)handle.ToInt64()) == 0;
}
