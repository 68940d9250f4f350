using Xunit;

namespace Runc.Tests.Support;

/// <summary>An integration test that needs root and a pure cgroup v2 host (make test-cgroupv2 runs these in a VM).</summary>
public sealed class RequiresCgroupV2FactAttribute : FactAttribute
{
    public RequiresCgroupV2FactAttribute()
    {
        if (Native.Geteuid() != 0)
            Skip = "requires root: containers need real namespaces and mounts";
        else if (!CgroupProbe.IsUnified)
            Skip = "requires a cgroup v2 host (this one has cgroup v1 controllers)";
    }
}
