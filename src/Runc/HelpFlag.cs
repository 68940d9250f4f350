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
            Command root = parseResult.RootCommandResult.Command;
            // urfave: `runc --help create` is the root's help; `runc create --help` is create's.
            Command command = HelpBeforeCommand(parseResult) ? root : parseResult.CommandResult.Command;
            Stdio.Out(HelpPrinter.Render(command, root));
            return 0;
        }

        private static bool HelpBeforeCommand(ParseResult parseResult)
        {
            foreach (var token in parseResult.Tokens)
            {
                if (token.Type == System.CommandLine.Parsing.TokenType.Command)
                    return false;
                if (token.Type == System.CommandLine.Parsing.TokenType.Option && (token.Value == "--help" || token.Value == "-h"))
                    return true;
            }
            return false;
        }
    }
}
