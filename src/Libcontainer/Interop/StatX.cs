using System.Runtime.InteropServices;

namespace Runc.Libcontainer.Interop;

/// <summary>struct statx (include/uapi/linux/stat.h): arch-neutral, 256 bytes.</summary>
[StructLayout(LayoutKind.Explicit, Size = 256)]
public struct StatX
{
    public const uint STATX_TYPE = 0x1;
    public const uint STATX_MODE = 0x2;
    public const uint STATX_INO = 0x100;
    public const uint STATX_BASIC_STATS = 0x7ff;
    public const uint STATX_MNT_ID = 0x1000;

    [FieldOffset(0)] public uint Mask;
    [FieldOffset(4)] public uint BlkSize;
    [FieldOffset(8)] public ulong Attributes;
    [FieldOffset(16)] public uint Nlink;
    [FieldOffset(20)] public uint Uid;
    [FieldOffset(24)] public uint Gid;
    [FieldOffset(28)] public ushort Mode;
    [FieldOffset(32)] public ulong Ino;
    [FieldOffset(40)] public ulong Size;
    [FieldOffset(48)] public ulong Blocks;
    [FieldOffset(128)] public uint RdevMajor;
    [FieldOffset(132)] public uint RdevMinor;
    [FieldOffset(136)] public uint DevMajor;
    [FieldOffset(140)] public uint DevMinor;
    [FieldOffset(144)] public ulong MntId;

    public readonly uint FileType => Mode & Libc.S_IFMT;

    public readonly bool IsDirectory => FileType == Libc.S_IFDIR;

    public readonly bool IsSymlink => FileType == Libc.S_IFLNK;
}
