using System;
using Xunit;

namespace Runc.Tests.Support;

/// <summary>An integration test: needs root (real namespaces and mounts) and the built binary.</summary>
public sealed class RequiresRootFactAttribute : FactAttribute
{
    public RequiresRootFactAttribute()
    {
        if (Environment.UserName != "root" && Native.Geteuid() != 0)
            Skip = "requires root: containers need real namespaces and mounts";
    }
}
