using System.Runtime.InteropServices;

namespace Runc.Libcontainer.Interop;

/// <summary>struct mount_attr (include/uapi/linux/mount.h), for mount_setattr(2).</summary>
[StructLayout(LayoutKind.Sequential)]
public struct MountAttr
{
    public ulong AttrSet;
    public ulong AttrClr;
    public ulong Propagation;
    public ulong UsernsFd;
}
