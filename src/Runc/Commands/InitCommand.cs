using System.CommandLine;

namespace Runc.Commands;

/// <summary>`runc init` reached without the init pipe: someone ran it by hand.</summary>
internal static class InitCommand
{
    public static Command Build()
    {
        var cmd = new Command("init", "initialize the namespaces and launch the process (do not call it outside of runc)") { Hidden = true };
        cmd.SetAction(_ =>
        {
            Stdio.ErrLine("runc init: this command is run by runc itself; _LIBCONTAINER_INITPIPE is not set");
            return 1;
        });
        return cmd;
    }
}
