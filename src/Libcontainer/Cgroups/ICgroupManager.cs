using System.Collections.Generic;

namespace Runc.Libcontainer.Cgroups;

/// <summary>
/// One container's cgroup, whatever the driver (cgroup v1, v2, systemd): runc's cgroups.Manager.
/// Created by <see cref="CgroupManagerFactory"/>.
/// </summary>
public interface ICgroupManager
{
    /// <summary>Creates the cgroup (every v1 hierarchy, or the v2 directory) and moves <paramref name="pid"/> into it.</summary>
    void Apply(int pid);

    /// <summary>
    /// Moves an existing process (one `runc exec` started) into every directory of the container's
    /// cgroup. Use on a manager from <see cref="CgroupManagerFactory.Load"/>.
    /// </summary>
    void Join(int pid);

    /// <summary>Writes the resource limits (linux.resources) to the cgroup.</summary>
    void Set(Runc.Libcontainer.Spec.LinuxResources? resources);

    /// <summary>Pids directly in the container's cgroup.</summary>
    IReadOnlyList<int> GetPids();

    /// <summary>Pids in the container's cgroup and every descendant cgroup.</summary>
    IReadOnlyList<int> GetAllPids();

    void Freeze();

    void Thaw();

    bool IsFrozen();

    /// <summary>Removes every cgroup directory this manager created (the processes must be gone).</summary>
    void Destroy();

    /// <summary>Usage and limits, for `runc events`.</summary>
    Stats.CgroupStats Stats();

    /// <summary>Subsystem (or "" for the v2 unified hierarchy) to the absolute cgroup path; stored in state.json.</summary>
    IReadOnlyDictionary<string, string> Paths { get; }

    /// <summary>What the container's "cgroup" mounts show (see <see cref="CgroupMountEntry"/>).</summary>
    IReadOnlyList<CgroupMountEntry> MountEntries();
}
