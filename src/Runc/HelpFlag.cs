using System.CommandLine;
using System.CommandLine.Invocation;

namespace Runc;

/// <summary>--help/-h on every command; the help text (<see cref="HelpPrinter"/>) is built only when it is asked for.</summary>
internal static class HelpFlag
{
    public static Option<bool> Create() => new("--help", "-h")
    {
        Description = "show help",
        Arity = ArgumentArity.Zero,
        Recursive = true,
        Action = new PrintHelp(),
    };

    private sealed class PrintHelp : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            Stdio.Out(HelpPrinter.Render(parseResult.CommandResult.Command, parseResult.RootCommandResult.Command));
            return 0;
        }
    }
}
