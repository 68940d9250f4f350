using System;
using System.Collections.Generic;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Init;

/// <summary>process.rlimits: names to RLIMIT_* numbers, applied with prlimit(2) by the parent (which,
/// unlike an init in a new user namespace, may still raise hard limits).</summary>
public static unsafe class Rlimits
{
    private static readonly string[] Names =
    {
        "RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_DATA", "RLIMIT_STACK", "RLIMIT_CORE", "RLIMIT_RSS",
        "RLIMIT_NPROC", "RLIMIT_NOFILE", "RLIMIT_MEMLOCK", "RLIMIT_AS", "RLIMIT_LOCKS",
        "RLIMIT_SIGPENDING", "RLIMIT_MSGQUEUE", "RLIMIT_NICE", "RLIMIT_RTPRIO", "RLIMIT_RTTIME",
    };

    public static int? Number(string name)
    {
        int i = Array.IndexOf(Names, name);
        return i >= 0 ? i : null;
    }

    public static void Apply(int pid, IReadOnlyList<PosixRlimit>? limits)
    {
        if (limits is null)
            return;
        foreach (var l in limits)
        {
            int resource = Number(l.Type) ?? throw new RuntimeError($"unknown rlimit type \"{l.Type}\"");
            var value = new RLimit { Cur = l.Soft, Max = l.Hard };
            if (Libc.prlimit(pid, resource, &value, null) != 0)
                throw new RuntimeError($"error setting rlimit type {resource}: {SyscallException.Describe(Errno.Last)}");
        }
    }
}
