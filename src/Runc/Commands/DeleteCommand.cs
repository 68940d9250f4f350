using System.CommandLine;
using Runc.Libcontainer;
using Runc.Libcontainer.Lifecycle;
using Runc.Libcontainer.State;

namespace Runc.Commands;

/// <summary>`runc delete [--force] &lt;id&gt;`: removes a stopped (or created) container; --force kills a running one first.</summary>
internal static class DeleteCommand
{
    public static Command Build(GlobalOptions g)
    {
        var force = new Option<bool>("--force", "-f") { Description = "Forcibly deletes the container if it is still running (uses SIGKILL)" };
        var id = new Argument<string[]>("container-id") { Arity = ArgumentArity.ZeroOrMore };
        var cmd = new Command("delete", "delete any resources held by the container often used with detached container") { force, id };
        cmd.SetAction(r => CommandRunner.Run(r, g, null, s =>
        {
            string[]? ids = r.GetValue(id);
            ArgumentCheck.Exactly("delete", ids, 1);
            var store = s.Store;
            ContainerLock l;
            try
            {
                l = store.Lock(ids![0]);
            }
            catch (RuntimeError) when (r.GetValue(force))
            {
                // runc: delete --force of a container that does not exist succeeds
                return 0;
            }
            using (l)
            {
                var c = Container.Load(store, ids![0]);
                var status = c.Status;
                if (!r.GetValue(force) && !StateTransitions.CanDelete(status))
                    throw new RuntimeError($"cannot delete container {c.Id} that is not stopped: {status.Name()}");
                c.Destroy();
            }
            return 0;
        }));
        return cmd;
    }
}
