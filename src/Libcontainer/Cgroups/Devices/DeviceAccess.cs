using System;

namespace Runc.Libcontainer.Cgroups.Devices;

/// <summary>Device access bits: read, write, mknod.</summary>
[Flags]
public enum DeviceAccess
{
    None = 0,
    Read = 1,
    Write = 2,
    Mknod = 4,
    All = Read | Write | Mknod,
}
