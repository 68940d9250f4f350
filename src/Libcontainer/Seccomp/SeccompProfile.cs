using System.Linq;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Seccomp;

/// <summary>What the parent checks of linux.seccomp, with runc's messages (specconv.SetupSeccomp).</summary>
public static class SeccompProfile
{
    /// <summary>No default action and no rules: seccomp is off (runc's rule).</summary>
    public static bool IsEnabled(LinuxSeccomp? seccomp) =>
        seccomp is not null && (seccomp.DefaultAction.Length > 0 || (seccomp.Syscalls?.Count ?? 0) > 0);

    /// <summary>Whether some rule notifies a listener (the init then hands its notify fd to the parent).</summary>
    public static bool UsesNotify(LinuxSeccomp seccomp) =>
        seccomp.Syscalls?.Any(s => s.Action == "SCMP_ACT_NOTIFY") ?? false;

    /// <summary>Throws <see cref="SpecException"/> with runc's wording for what runc refuses before starting the init.</summary>
    public static void Validate(LinuxSeccomp seccomp)
    {
        if (!IsEnabled(seccomp))
            return;
        foreach (string flag in seccomp.Flags ?? new())
        {
            SeccompNames.FlagAttribute(flag, out bool known);
            if (!known)
                throw new SpecException($"seccomp flags \"{flag}\" not yet supported by runc", "linux.seccomp.flags");
        }
        foreach (string arch in seccomp.Architectures ?? new())
        {
            if (SeccompNames.Architecture(arch) is null)
                throw new SpecException($"string {arch} is not a valid arch for seccomp", "linux.seccomp.architectures");
        }
        CheckAction(seccomp.DefaultAction, "linux.seccomp.defaultAction");
        var syscalls = seccomp.Syscalls ?? new();
        for (int i = 0; i < syscalls.Count; i++)
        {
            CheckAction(syscalls[i].Action, $"linux.seccomp.syscalls[{i}].action");
            foreach (var arg in syscalls[i].Args ?? new())
            {
                if (SeccompNames.Operator(arg.Op) is null)
                    throw new SpecException($"string {arg.Op} is not a valid operator for seccomp", $"linux.seccomp.syscalls[{i}].args");
            }
        }
    }

    private static void CheckAction(string action, string field)
    {
        if (!SeccompNames.IsAction(action))
            throw new SpecException($"string {action} is not a valid action for seccomp", field);
    }
}
