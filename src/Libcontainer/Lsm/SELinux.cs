using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Lsm;

/// <summary>
/// process.selinuxLabel and linux.mountLabel, as runc 1.1 (go-selinux): a process label on a host
/// without SELinux is refused before the init starts; a mount label is then ignored. With SELinux,
/// the label is written to attr/exec right before execve, and the mount label becomes a
/// context="…" option of the mounts that take one.
/// </summary>
public static class SELinux
{
    private static bool? _enabled;

    /// <summary>selinuxfs is mounted and the kernel gives processes real labels (go-selinux's GetEnabled).</summary>
    public static bool IsEnabled()
    {
        if (_enabled is bool b)
            return b;
        bool on = System.IO.File.Exists("/sys/fs/selinux/enforce") &&
            (FileIo.TryReadAllText("/proc/self/attr/current") ?? "kernel").TrimEnd('\0', '\n') != "kernel";
        _enabled = on;
        return on;
    }

    /// <summary>runc's config validation.</summary>
    public static void CheckProcessLabel(string? label)
    {
        if (!string.IsNullOrEmpty(label) && !IsEnabled())
            throw new RuntimeError("selinux label is specified in config, but selinux is disabled or not supported");
    }

    public static void SetExecLabel(SafeFd proc, string? label)
    {
        if (string.IsNullOrEmpty(label))
            return;
        try
        {
            ProcAttr.Write(proc, "attr/exec", label);
        }
        catch (RuntimeError e)
        {
            throw new RuntimeError("can't set process label: " + e.Message);
        }
    }

    /// <summary>Mount data with the mount label added (label.FormatMountLabel): only with SELinux.</summary>
    public static string? FormatMountLabel(string? data, string? mountLabel)
    {
        if (string.IsNullOrEmpty(mountLabel) || !IsEnabled())
            return data;
        string context = $"context=\"{mountLabel}\"";
        return string.IsNullOrEmpty(data) ? context : data + "," + context;
    }
}
