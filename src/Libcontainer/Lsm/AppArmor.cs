using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Lsm;

/// <summary>
/// process.apparmorProfile: "exec NAME" written to attr/apparmor/exec (attr/exec on kernels
/// without the per-LSM directory), so that the profile takes effect at execve. As runc 1.1 does,
/// the profile is applied whenever the config names one: on a host without AppArmor the kernel
/// refuses the write and the create fails ("apparmor failed to apply profile: write
/// /proc/self/attr/exec: invalid argument") rather than running the container unconfined.
/// Docker and containerd set a profile only when AppArmor is enabled.
/// </summary>
public static class AppArmor
{
    /// <summary>runc's apparmor.IsEnabled.</summary>
    public static bool IsEnabled() =>
        System.IO.Directory.Exists("/sys/kernel/security/apparmor") &&
        (FileIo.TryReadAllText("/sys/module/apparmor/parameters/enabled") ?? "").StartsWith('Y');

    public static void ApplyExecProfile(SafeFd proc, string? profile)
    {
        if (string.IsNullOrEmpty(profile))
            return;
        string attr = ProcAttr.Exists(proc, "attr/apparmor/exec") ? "attr/apparmor/exec" : "attr/exec";
        try
        {
            ProcAttr.Write(proc, attr, "exec " + profile);
        }
        catch (RuntimeError e)
        {
            throw new RuntimeError("unable to apply apparmor profile: apparmor failed to apply profile: " + e.Message);
        }
    }
}
