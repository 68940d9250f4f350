using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V1;

/// <summary>net_cls: the class id tagged on the container's packets.</summary>
internal sealed class NetClsController : IV1Controller
{
    public string Name => "net_cls";

    public void Set(string path, LinuxResources r)
    {
        if (r.Network?.ClassId is { } id && id != 0)
            CgroupFile.Write(path, "net_cls.classid", id);
    }
}
