using System;
using Xunit;

namespace Runc.Tests.Support;

/// <summary>An integration theory: needs root (real namespaces and mounts) and the built binary.</summary>
public sealed class RequiresRootTheoryAttribute : TheoryAttribute
{
    public RequiresRootTheoryAttribute()
    {
        if (Environment.UserName != "root" && Native.Geteuid() != 0)
            Skip = "requires root: containers need real namespaces and mounts";
    }
}
