using System.CommandLine;
using Runc.Libcontainer.Lifecycle;

namespace Runc.Commands;

/// <summary>`runc start`: lets a created container's init exec the user process.</summary>
internal static class StartCommand
{
    public static Command Build(GlobalOptions g)
    {
        var id = new Argument<string[]>("container-id") { Arity = ArgumentArity.ZeroOrMore };
        var cmd = new Command("start", "executes the user defined process in a created container") { id };
        cmd.SetAction(r => CommandRunner.Run(r, g, null, s =>
        {
            string[]? ids = r.GetValue(id);
            ArgumentCheck.Exactly("start", ids, 1);
            var store = s.Store;
            using var l = store.Lock(ids![0]);
            Container.Load(store, ids[0]).Start();
            return 0;
        }));
        return cmd;
    }
}
