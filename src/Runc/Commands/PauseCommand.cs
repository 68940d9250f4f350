using System.CommandLine;
using Runc.Libcontainer.Lifecycle;

namespace Runc.Commands;

/// <summary>`runc pause &lt;id&gt;`: freezes the container's processes (v1 freezer, v2 cgroup.freeze).</summary>
internal static class PauseCommand
{
    public static Command Build(GlobalOptions g)
    {
        var id = new Argument<string[]>("container-id") { Arity = ArgumentArity.ZeroOrMore };
        var cmd = new Command("pause", "pause suspends all processes inside the container") { id };
        cmd.SetAction(r => CommandRunner.Run(r, g, null, s =>
        {
            string[]? ids = r.GetValue(id);
            ArgumentCheck.Exactly("pause", ids, 1);
            using var l = s.Store.Lock(ids![0]);
            Container.Load(s.Store, ids[0]).Pause();
            return 0;
        }));
        return cmd;
    }
}
