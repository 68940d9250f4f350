using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V1;

/// <summary>perf_event: joined so that perf can follow the container; it has no limits.</summary>
internal sealed class PerfEventController : IV1Controller
{
    public string Name => "perf_event";

    public void Set(string path, LinuxResources r)
    {
    }
}
