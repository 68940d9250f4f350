using System.CommandLine;
using System.Linq;
using Runc.Commands;
using Runc.Libcontainer.Init;
using Runc.Libcontainer.Interop;

namespace Runc;

/// <summary>
/// The entry point, called by the C stage's main() (src/Native/main.c) once the runtime is up. A
/// `runc init` goes straight to the init code; everything else through the command line.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 1 && args[0] == "init" && InitMain.IsInitProcess())
            return InitMain.Run();
        // main() blocked signals for the runtime's threads; this thread takes them back (run and exec
        // block them again to forward them).
        Native.runc_unblock_signals();
        var result = Cli.Build().Parse(ExecArguments.Separate(args));
        return result.Errors.Count > 0 ? UsageErrors.Report(result) : result.Invoke();
    }
}
