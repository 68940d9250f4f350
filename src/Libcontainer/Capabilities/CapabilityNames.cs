using System;
using System.Collections.Generic;
using System.Globalization;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Capabilities;

/// <summary>Capability names (as the OCI spec writes them, "CAP_KILL") and their numbers.</summary>
public static class CapabilityNames
{
    /// <summary>linux/capability.h, in number order (index = capability number).</summary>
    public static readonly string[] All =
    {
        "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL",
        "CAP_SETGID", "CAP_SETUID", "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE",
        "CAP_NET_BROADCAST", "CAP_NET_ADMIN", "CAP_NET_RAW", "CAP_IPC_LOCK", "CAP_IPC_OWNER",
        "CAP_SYS_MODULE", "CAP_SYS_RAWIO", "CAP_SYS_CHROOT", "CAP_SYS_PTRACE", "CAP_SYS_PACCT",
        "CAP_SYS_ADMIN", "CAP_SYS_BOOT", "CAP_SYS_NICE", "CAP_SYS_RESOURCE", "CAP_SYS_TIME",
        "CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE", "CAP_AUDIT_WRITE", "CAP_AUDIT_CONTROL",
        "CAP_SETFCAP", "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN", "CAP_SYSLOG", "CAP_WAKE_ALARM",
        "CAP_BLOCK_SUSPEND", "CAP_AUDIT_READ", "CAP_PERFMON", "CAP_BPF", "CAP_CHECKPOINT_RESTORE",
    };

    private static int? _lastCap;

    /// <summary>The highest capability the running kernel knows (/proc/sys/kernel/cap_last_cap).</summary>
    public static int LastCap
    {
        get
        {
            if (_lastCap is int v)
                return v;
            string? text = FileIo.TryReadAllText("/proc/sys/kernel/cap_last_cap");
            int last = text is not null && int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int n)
                ? n : All.Length - 1;
            _lastCap = last;
            return last;
        }
    }

    /// <summary>
    /// The number of a capability name, or null if neither we nor the kernel know it. Names are
    /// matched exactly, as runc does ("cap_kill" is unknown).
    /// </summary>
    public static int? Number(string name)
    {
        int i = Array.IndexOf(All, name);
        return i >= 0 && i <= LastCap ? i : null;
    }

    public static string Name(int cap) => cap < All.Length ? All[cap] : "CAP_" + cap.ToString(CultureInfo.InvariantCulture);

    /// <summary>Names to a bit mask; unknown names are reported to <paramref name="unknown"/> and skipped.</summary>
    public static ulong ToMask(IEnumerable<string>? names, Action<string>? unknown = null)
    {
        ulong mask = 0;
        if (names is null)
            return mask;
        foreach (string name in names)
        {
            if (Number(name) is int n)
                mask |= 1UL << n;
            else
                unknown?.Invoke(name);
        }
        return mask;
    }
}
