using Xunit;

namespace Runc.Tests.Support;

/// <summary>An integration test that needs root and a cgroup v1 (legacy or hybrid) host.</summary>
public sealed class RequiresCgroupV1FactAttribute : FactAttribute
{
    public RequiresCgroupV1FactAttribute()
    {
        if (Native.Geteuid() != 0)
            Skip = "requires root: containers need real namespaces and mounts";
        else if (CgroupProbe.IsUnified)
            Skip = "requires a cgroup v1 host (this one is cgroup v2 only)";
    }
}
