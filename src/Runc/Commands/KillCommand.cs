using System.CommandLine;
using Runc.Libcontainer.Lifecycle;
using Runc.Libcontainer.Signals;

namespace Runc.Commands;

/// <summary>`runc kill [--all] &lt;id&gt; [signal]`: signal names with or without SIG, or numbers; SIGTERM by default.</summary>
internal static class KillCommand
{
    public static Command Build(GlobalOptions g)
    {
        var all = new Option<bool>("--all", "-a") { Description = "send the specified signal to all processes inside the container" };
        var args = new Argument<string[]>("container-id [signal]") { Arity = ArgumentArity.ZeroOrMore };
        var cmd = new Command("kill", "kill sends the specified signal (default: SIGTERM) to the container's init process") { all, args };
        cmd.SetAction(r => CommandRunner.Run(r, g, null, s =>
        {
            string[]? a = r.GetValue(args);
            ArgumentCheck.AtLeast("kill", a, 1);
            ArgumentCheck.AtMost("kill", a, 2);
            var store = s.Store;
            using var l = store.Lock(a![0]);
            var c = Container.Load(store, a[0]);
            int signal = SignalNames.Parse(a.Length > 1 ? a[1] : "SIGTERM");
            c.Signal(signal, r.GetValue(all));
            return 0;
        }));
        return cmd;
    }
}
