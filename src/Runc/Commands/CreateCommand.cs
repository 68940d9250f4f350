using System.CommandLine;
using Runc.Libcontainer.Lifecycle;

namespace Runc.Commands;

/// <summary>`runc create`: the container's init is set up and waits on exec.fifo for `runc start`.</summary>
internal static class CreateCommand
{
    public static Command Build(GlobalOptions g)
    {
        var flags = new CreateFlags();
        var cmd = new Command("create", "create a container");
        flags.AddTo(cmd);
        cmd.SetAction(r => CommandRunner.Run(r, g, "runc create failed: ", s =>
        {
            var options = flags.Read(r, s, "create");
            new ContainerCreator(s.Store, options).Create();
            return 0;
        }));
        return cmd;
    }
}
