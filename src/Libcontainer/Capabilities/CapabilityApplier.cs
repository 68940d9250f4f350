using System.Runtime.InteropServices;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Capabilities;

/// <summary>
/// Applies the capability sets around the uid change, as runc does: drop the bounding set while
/// still privileged, PR_SET_KEEPCAPS so the permitted set survives setuid, then capset the
/// effective/permitted/inheritable sets and raise the ambient ones.
/// </summary>
public static unsafe partial class CapabilityApplier
{
    private const uint LinuxCapabilityVersion3 = 0x20080522;

    [StructLayout(LayoutKind.Sequential)]
    private struct CapHeader
    {
        public uint Version;
        public int Pid;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct CapData
    {
        public uint Effective;
        public uint Permitted;
        public uint Inheritable;
    }

    /// <summary>
    /// Before the uid change: bounding set, keep-caps. Like runc (gocapability), the bounding set
    /// is only touched when CAP_SETPCAP is effective, and EINVAL (a number the kernel lacks) is
    /// ignored.
    /// </summary>
    public static void BeforeUserChange(CapabilityState caps)
    {
        if (HasEffective(8 /* CAP_SETPCAP */))
            DropBounding(caps);
        Errno.Check(Libc.prctl(Libc.PR_SET_KEEPCAPS, 1, 0, 0, 0), "prctl(PR_SET_KEEPCAPS)");
    }

    private static bool HasEffective(int cap)
    {
        var header = new CapHeader { Version = LinuxCapabilityVersion3, Pid = 0 };
        CapData* data = stackalloc CapData[2];
        if (capget(&header, data) != 0)
            throw new SyscallException("capget", "", Errno.Last);
        return (data[cap / 32].Effective & (1u << (cap % 32))) != 0;
    }

    private static void DropBounding(CapabilityState caps)
    {
        int last = CapabilityNames.LastCap;
        for (int c = 0; c <= last; c++)
        {
            if ((caps.Bounding & (1UL << c)) != 0)
                continue;
            if (Libc.prctl(Libc.PR_CAPBSET_DROP, (nuint)c, 0, 0, 0) != 0 && Errno.Last != Errno.EINVAL)
                throw new SyscallException("drop bounding capability", CapabilityNames.Name(c), Errno.Last);
        }
    }

    /// <summary>After the uid change: effective, permitted, inheritable, ambient.</summary>
    public static void AfterUserChange(CapabilityState caps)
    {
        Errno.Check(Libc.prctl(Libc.PR_SET_KEEPCAPS, 0, 0, 0, 0), "prctl(PR_SET_KEEPCAPS)");
        var header = new CapHeader { Version = LinuxCapabilityVersion3, Pid = 0 };
        CapData* data = stackalloc CapData[2];
        data[0] = new CapData { Effective = (uint)caps.Effective, Permitted = (uint)caps.Permitted, Inheritable = (uint)caps.Inheritable };
        data[1] = new CapData { Effective = (uint)(caps.Effective >> 32), Permitted = (uint)(caps.Permitted >> 32), Inheritable = (uint)(caps.Inheritable >> 32) };
        if (capset(&header, data) != 0)
            throw new RuntimeError($"unable to apply caps: {SyscallException.Describe(Errno.Last)}");
        Libc.prctl(Libc.PR_CAP_AMBIENT, Libc.PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
        int last = CapabilityNames.LastCap;
        for (int c = 0; c <= last; c++)
        {
            if ((caps.Ambient & (1UL << c)) == 0)
                continue;
            // Like runc: an ambient capability that is not permitted and inheritable is skipped.
            Libc.prctl(Libc.PR_CAP_AMBIENT, Libc.PR_CAP_AMBIENT_RAISE, (nuint)c, 0, 0);
        }
    }

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    private static partial int capget(CapHeader* header, CapData* data);

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    private static partial int capset(CapHeader* header, CapData* data);
}
