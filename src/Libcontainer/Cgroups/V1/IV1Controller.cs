using Runc.Libcontainer.Cgroups.Stats;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V1;

/// <summary>One cgroup v1 controller (runc's fs.subsystem): what it writes at creation, the limits
/// it owns, and the statistics it reads. Every method gets the container's directory in the
/// controller's hierarchy.</summary>
internal interface IV1Controller
{
    /// <summary>The controller's name in /proc/self/cgroup ("cpu", "name=systemd").</summary>
    string Name { get; }

    /// <summary>Makes the directory (and anything the controller needs before a process joins).</summary>
    void Create(string path, LinuxResources? r) => CgroupFile.MakeDirs(path, null);

    void Set(string path, LinuxResources r);

    void Stats(string path, CgroupStats stats)
    {
    }
}
