using Runc.Libcontainer.Interop;
using Runc.Libcontainer.State;

namespace Runc;

/// <summary>The global flags' values for one invocation.</summary>
internal sealed record GlobalSettings(string Root, string? Log, string LogFormat, bool Debug, bool SystemdCgroup, string Rootless, string Criu)
{
    public StateStore Store => new(Root);

    /// <summary>--rootless auto means: rootless when not running as root (runc's rule, without the user-namespace test).</summary>
    public bool IsRootless => Rootless switch
    {
        "true" => true,
        "false" => false,
        _ => Libc.geteuid() != 0,
    };
}
