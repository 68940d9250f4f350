using System.Collections.Generic;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Namespaces;

/// <summary>The OCI namespace types, their clone flags and their /proc/&lt;pid&gt;/ns names.</summary>
public static class NamespaceTypes
{
    /// <summary>(spec type, CLONE_NEW* flag, /proc/pid/ns file).</summary>
    public static readonly (string Type, int Flag, string ProcName)[] All =
    {
        ("user", Libc.CLONE_NEWUSER, "user"),
        ("ipc", Libc.CLONE_NEWIPC, "ipc"),
        ("uts", Libc.CLONE_NEWUTS, "uts"),
        ("network", Libc.CLONE_NEWNET, "net"),
        ("pid", Libc.CLONE_NEWPID, "pid"),
        ("mount", Libc.CLONE_NEWNS, "mnt"),
        ("cgroup", Libc.CLONE_NEWCGROUP, "cgroup"),
        ("time", Libc.CLONE_NEWTIME, "time"),
    };

    public static int? Flag(string type)
    {
        foreach (var ns in All)
            if (ns.Type == type)
                return ns.Flag;
        return null;
    }

    public static string? ProcName(string type)
    {
        foreach (var ns in All)
            if (ns.Type == type)
                return ns.ProcName;
        return null;
    }

    /// <summary>The container has its own namespace of this type (new or joined by path).</summary>
    public static bool Has(IEnumerable<LinuxNamespace>? namespaces, string type)
    {
        if (namespaces is null)
            return false;
        foreach (var ns in namespaces)
            if (ns.Type == type)
                return true;
        return false;
    }

    /// <summary>A namespace of this type is created (listed without a path).</summary>
    public static bool IsNew(IEnumerable<LinuxNamespace>? namespaces, string type)
    {
        if (namespaces is null)
            return false;
        foreach (var ns in namespaces)
            if (ns.Type == type && string.IsNullOrEmpty(ns.Path))
                return true;
        return false;
    }
}
