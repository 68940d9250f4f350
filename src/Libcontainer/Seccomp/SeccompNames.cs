using System;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Seccomp;

/// <summary>
/// The OCI spellings of seccomp actions, operators, architectures and flags, and their libseccomp
/// values. Pure string work: the parent validates with it (runc's messages) without loading
/// libseccomp; the init compiles the filter from it.
/// </summary>
public static class SeccompNames
{
    private const uint EPERM = 1;

    /// <summary>runc's ConvertStringToAction: known names, or null.</summary>
    public static bool IsAction(string name) => name is "SCMP_ACT_KILL" or "SCMP_ACT_KILL_THREAD" or "SCMP_ACT_KILL_PROCESS"
        or "SCMP_ACT_TRAP" or "SCMP_ACT_ERRNO" or "SCMP_ACT_TRACE" or "SCMP_ACT_ALLOW" or "SCMP_ACT_LOG" or "SCMP_ACT_NOTIFY";

    /// <summary>
    /// The libseccomp action value (runc's getAction): SCMP_ACT_KILL is KILL_THREAD; ERRNO and
    /// TRACE carry errnoRet, EPERM when it is absent.
    /// </summary>
    public static uint Action(string name, uint? errnoRet) => name switch
    {
        "SCMP_ACT_KILL" or "SCMP_ACT_KILL_THREAD" => Libseccomp.SCMP_ACT_KILL_THREAD,
        "SCMP_ACT_KILL_PROCESS" => Libseccomp.SCMP_ACT_KILL_PROCESS,
        "SCMP_ACT_TRAP" => Libseccomp.SCMP_ACT_TRAP,
        "SCMP_ACT_ERRNO" => Libseccomp.SCMP_ACT_ERRNO | ((errnoRet ?? EPERM) & 0xffff),
        "SCMP_ACT_TRACE" => Libseccomp.SCMP_ACT_TRACE | ((errnoRet ?? EPERM) & 0xffff),
        "SCMP_ACT_ALLOW" => Libseccomp.SCMP_ACT_ALLOW,
        "SCMP_ACT_LOG" => Libseccomp.SCMP_ACT_LOG,
        "SCMP_ACT_NOTIFY" => Libseccomp.SCMP_ACT_NOTIFY,
        _ => throw new RuntimeError($"string {name} is not a valid action for seccomp"),
    };

    /// <summary>The scmp_compare value of an operator, or null.</summary>
    public static int? Operator(string name) => name switch
    {
        "SCMP_CMP_NE" => Libseccomp.SCMP_CMP_NE,
        "SCMP_CMP_LT" => Libseccomp.SCMP_CMP_LT,
        "SCMP_CMP_LE" => Libseccomp.SCMP_CMP_LE,
        "SCMP_CMP_EQ" => Libseccomp.SCMP_CMP_EQ,
        "SCMP_CMP_GE" => Libseccomp.SCMP_CMP_GE,
        "SCMP_CMP_GT" => Libseccomp.SCMP_CMP_GT,
        "SCMP_CMP_MASKED_EQ" => Libseccomp.SCMP_CMP_MASKED_EQ,
        _ => null,
    };

    private static readonly string[] Architectures =
    {
        "SCMP_ARCH_X86", "SCMP_ARCH_X86_64", "SCMP_ARCH_X32", "SCMP_ARCH_ARM", "SCMP_ARCH_AARCH64",
        "SCMP_ARCH_MIPS", "SCMP_ARCH_MIPS64", "SCMP_ARCH_MIPS64N32", "SCMP_ARCH_MIPSEL", "SCMP_ARCH_MIPSEL64",
        "SCMP_ARCH_MIPSEL64N32", "SCMP_ARCH_PPC", "SCMP_ARCH_PPC64", "SCMP_ARCH_PPC64LE", "SCMP_ARCH_RISCV64",
        "SCMP_ARCH_S390", "SCMP_ARCH_S390X",
    };

    /// <summary>libseccomp's name of an OCI architecture ("SCMP_ARCH_X86_64" → "x86_64"), or null.</summary>
    public static string? Architecture(string name) =>
        Array.IndexOf(Architectures, name) >= 0 ? name["SCMP_ARCH_".Length..].ToLowerInvariant() : null;

    /// <summary>
    /// The filter attribute a flag sets: LOG and SPEC_ALLOW map to SCMP_FLTATR_CTL_LOG and _SSB;
    /// TSYNC to none (only the thread that execs is filtered, and execve ends the others), or null
    /// for an unknown flag.
    /// </summary>
    public static int? FlagAttribute(string flag, out bool known)
    {
        known = true;
        switch (flag)
        {
            case "SECCOMP_FILTER_FLAG_TSYNC":
                return null;
            case "SECCOMP_FILTER_FLAG_LOG":
                return Libseccomp.SCMP_FLTATR_CTL_LOG;
            case "SECCOMP_FILTER_FLAG_SPEC_ALLOW":
                return Libseccomp.SCMP_FLTATR_CTL_SSB;
            default:
                known = false;
                return null;
        }
    }
}
