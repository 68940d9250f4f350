using System.IO;
using Runc.Libcontainer.Cgroups.V1;
using Runc.Libcontainer.Cgroups.V2;
using Runc.Libcontainer.State;

namespace Runc.Libcontainer.Cgroups;

/// <summary>Picks the cgroup driver for a container: v1 (legacy or hybrid host) or v2 (unified host).</summary>
public static class CgroupManagerFactory
{
    /// <summary>The manager for a new container, from linux.cgroupsPath (the id when absent). Validates
    /// the resources first; nothing is created until <see cref="ICgroupManager.Apply"/>.</summary>
    public static ICgroupManager? Create(string id, Spec.Linux? linux, bool systemd, bool rootless)
    {
        if (systemd)
        {
            if (!Directory.Exists("/run/systemd/system"))
                throw new CgroupError("systemd not running on this host, cannot use systemd cgroups manager");
            throw new CgroupError("the systemd cgroup driver is not supported yet; run without --systemd-cgroup");
        }
        var host = CgroupHost.Detect();
        CgroupResourceValidator.Validate(linux?.Resources, host.Mode);
        // Rootless without a cgroupsPath: runc does not touch cgroups it may not own.
        if (rootless && Interop.Libc.geteuid() != 0 && string.IsNullOrEmpty(linux?.CgroupsPath))
            return null;
        string path = CgroupPath.For(id, linux?.CgroupsPath);
        return host.Mode == CgroupMode.Unified
            ? V2Manager.For(host, path, linux?.Resources)
            : new V1Manager(host, path, linux?.Resources, rootless && Interop.Libc.geteuid() != 0);
    }

    /// <summary>The manager of an existing container, from the paths in its state (null when it has none).</summary>
    public static ICgroupManager? Load(ContainerState state)
    {
        var paths = state.CgroupPaths;
        if (paths.Count == 0)
            return null;
        if (paths.Count == 1 && paths.TryGetValue("", out string? v2) && CgroupHost.DetectMode() == CgroupMode.Unified)
            return new V2Manager(CgroupHost.DefaultRoot, v2, null);
        return new V1Manager(paths, null);
    }
}
