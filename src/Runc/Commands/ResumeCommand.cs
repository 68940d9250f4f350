using System.CommandLine;
using Runc.Libcontainer.Lifecycle;

namespace Runc.Commands;

/// <summary>`runc resume &lt;id&gt;`: thaws a paused container.</summary>
internal static class ResumeCommand
{
    public static Command Build(GlobalOptions g)
    {
        var id = new Argument<string[]>("container-id") { Arity = ArgumentArity.ZeroOrMore };
        var cmd = new Command("resume", "resumes all processes that have been previously paused") { id };
        cmd.SetAction(r => CommandRunner.Run(r, g, null, s =>
        {
            string[]? ids = r.GetValue(id);
            ArgumentCheck.Exactly("resume", ids, 1);
            using var l = s.Store.Lock(ids![0]);
            Container.Load(s.Store, ids[0]).Resume();
            return 0;
        }));
        return cmd;
    }
}
