using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V1;

/// <summary>rdma: rdma.max lines "&lt;device&gt; hca_handle=N hca_object=M" (shared with cgroup v2).</summary>
internal sealed class RdmaController : IV1Controller
{
    public string Name => "rdma";

    public void Set(string path, LinuxResources r) => Write(path, r);

    internal static void Write(string path, LinuxResources r)
    {
        if (r.Rdma is null)
            return;
        foreach (var (device, limit) in r.Rdma)
        {
            string line = device;
            if (limit.HcaHandles is { } h)
                line += $" hca_handle={h}";
            if (limit.HcaObjects is { } o)
                line += $" hca_object={o}";
            CgroupFile.Write(path, "rdma.max", line);
        }
    }
}
