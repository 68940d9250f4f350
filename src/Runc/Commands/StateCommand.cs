using System.CommandLine;
using Runc.Libcontainer.Lifecycle;

namespace Runc.Commands;

/// <summary>`runc state`: the container's state as JSON.</summary>
internal static class StateCommand
{
    public static Command Build(GlobalOptions g)
    {
        var id = new Argument<string[]>("container-id") { Arity = ArgumentArity.ZeroOrMore };
        var cmd = new Command("state", "output the state of a container") { id };
        cmd.SetAction(r => CommandRunner.Run(r, g, null, s =>
        {
            string[]? ids = r.GetValue(id);
            ArgumentCheck.Exactly("state", ids, 1);
            var c = Container.Load(s.Store, ids![0]);
            Stdio.Out(c.View(c.Status).ToIndentedJson());
            return 0;
        }));
        return cmd;
    }
}
