using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Seccomp;

/// <summary>
/// runc's -ENOSYS stub (libcontainer/seccomp/patchbpf): a few BPF instructions put in front of
/// libseccomp's filter so that a syscall newer than every one the profile names, per listed
/// architecture, gets ENOSYS instead of the default action. Programs probe new syscalls and fall
/// back on ENOSYS (glibc's clone3, coreutils' fchmodat2); EPERM would break them. As in runc: only
/// for the profile's `architectures`, not when the default action lets calls through (ALLOW, LOG,
/// TRACE) or already is ENOSYS; x86_64 and x32 share an audit arch and are told apart by bit 30.
/// </summary>
public static class EnosysStub
{
    /// <summary>struct sock_filter.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Insn
    {
        public ushort Code;
        public byte Jt;
        public byte Jf;
        public uint K;
    }

    private const ushort LdAbsW = 0x20, Ja = 0x05, Jeq = 0x15, Jgt = 0x25, Jset = 0x45, Ret = 0x06;
    private const uint X32Bit = 0x40000000;
    public const uint RetEnosys = Libseccomp.SCMP_ACT_ERRNO | 38;

    /// <summary>Whether runc would patch this profile.</summary>
    public static bool Wanted(string defaultAction, uint? defaultErrnoRet) =>
        defaultAction is not ("SCMP_ACT_ALLOW" or "SCMP_ACT_LOG" or "SCMP_ACT_TRACE") &&
        !(defaultAction == "SCMP_ACT_ERRNO" && defaultErrnoRet == 38);

    /// <summary>The kernel's audit arch of a libseccomp arch token.</summary>
    public static uint AuditArch(uint token) => token == Libseccomp.SCMP_ARCH_X32 ? Libseccomp.AUDIT_ARCH_X86_64 : token;

    /// <summary>
    /// The stub for the largest syscall number the profile names on each architecture (libseccomp
    /// token → number; x32 numbers carry bit 30). Empty when there is nothing to guard.
    /// </summary>
    public static Insn[] Build(IReadOnlyDictionary<uint, int> lastSyscall)
    {
        var groups = lastSyscall.Where(kv => kv.Value > 0).GroupBy(kv => AuditArch(kv.Key))
            .OrderBy(g => g.Key).ToList();
        if (groups.Count == 0)
            return Array.Empty<Insn>();

        var code = new List<(ushort Code, string? Jt, string? Jf, uint K)>();
        code.Add((LdAbsW, null, null, 4)); // seccomp_data.arch
        foreach (var g in groups)
            code.Add((Jeq, "arch" + g.Key, null, g.Key));
        code.Add((Ja, "filter", null, 0));
        foreach (var g in groups)
        {
            code.Add((LdAbsW, "@arch" + g.Key, null, 0)); // label marker: seccomp_data.nr
            var byToken = g.ToDictionary(kv => kv.Key, kv => (uint)kv.Value);
            if (g.Key == Libseccomp.AUDIT_ARCH_X86_64 && byToken.Count == 2)
            {
                code.Add((Jset, "x32" + g.Key, null, X32Bit));
                code.Add((Jgt, "enosys", "filter", byToken[Libseccomp.AUDIT_ARCH_X86_64]));
                code.Add((Jgt, "@x32" + g.Key + "|enosys", "filter", byToken[Libseccomp.SCMP_ARCH_X32]));
            }
            else
            {
                var (token, last) = byToken.Single();
                if (g.Key == Libseccomp.AUDIT_ARCH_X86_64)
                {
                    // Only one of x86_64 and x32 listed: the other mode goes to the filter.
                    if (token == Libseccomp.SCMP_ARCH_X32)
                        code.Add((Jset, null, "filter", X32Bit));
                    else
                        code.Add((Jset, "filter", null, X32Bit));
                }
                code.Add((Jgt, "enosys", "filter", last));
            }
        }
        code.Add((Ret, "@enosys", null, RetEnosys));
        return Assemble(code);
    }

    /// <summary>Resolves label jumps ("@name" in Jt marks where a label sits; "@name|target" both).</summary>
    private static Insn[] Assemble(List<(ushort Code, string? Jt, string? Jf, uint K)> code)
    {
        var labels = new Dictionary<string, int> { ["filter"] = code.Count };
        for (int i = 0; i < code.Count; i++)
        {
            if (code[i].Jt is string jt && jt.StartsWith('@'))
                labels[jt[1..].Split('|')[0]] = i;
        }
        var result = new Insn[code.Count];
        for (int i = 0; i < code.Count; i++)
        {
            var (op, jt, jf, k) = code[i];
            if (jt is not null && jt.StartsWith('@'))
                jt = jt.Contains('|') ? jt.Split('|')[1] : null;
            var insn = new Insn { Code = op, K = k };
            if (op == Ja)
                insn.K = (uint)Distance(labels, jt!, i);
            else
            {
                insn.Jt = jt is null ? (byte)0 : Short(Distance(labels, jt, i));
                insn.Jf = jf is null ? (byte)0 : Short(Distance(labels, jf, i));
            }
            result[i] = insn;
        }
        return result;
    }

    private static int Distance(Dictionary<string, int> labels, string label, int pc) => labels[label] - (pc + 1);

    private static byte Short(int distance) =>
        distance is >= 0 and <= 255 ? (byte)distance : throw new InvalidOperationException($"seccomp stub jump of {distance}");
}
