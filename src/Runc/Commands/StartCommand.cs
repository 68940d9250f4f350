using System.CommandLine;
using Runc.Libcontainer.Lifecycle;
using Runc.Libcontainer.Notify;

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
            int pid;
            NotifySocket? notify = null;
            using (store.Lock(ids![0]))
            {
                var c = Container.Load(store, ids[0]);
                // runc binds the container's notify socket at start, before the process runs
                if (NotifySocket.HostSocket is { } host && c.Status == Runc.Libcontainer.State.ContainerStatus.Created)
                    notify = NotifySocket.Bind(c.Dir, host);
                c.Start();
                pid = c.State.InitProcessPid;
            }
            using (notify)
                notify?.Relay(pid, pid);
            return 0;
        }));
        return cmd;
    }
}
