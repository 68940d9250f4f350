using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V1;

/// <summary>A named hierarchy without controllers ("name=systemd"): joined, nothing to set.</summary>
internal sealed class NamedHierarchyController : IV1Controller
{
    public NamedHierarchyController(string name) => Name = name;

    public string Name { get; }

    public void Set(string path, LinuxResources r)
    {
    }
}
