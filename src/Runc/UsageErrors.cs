using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using Runc.Libcontainer.Logging;

namespace Runc;

/// <summary>
/// A command line the parser rejects, reported as runc's urfave/cli does: an unknown command is
/// "No help topic for 'x'" (exit 3); a bad flag prints "Incorrect Usage: …" and the command's
/// help on stdout, logs the error (Go's flag wording) and exits 1.
/// </summary>
internal static class UsageErrors
{
    public static int Report(ParseResult result)
    {
        Command command = result.CommandResult.Command;
        Command root = result.RootCommandResult.Command;
        bool atRoot = ReferenceEquals(command, root);
        if (atRoot && result.UnmatchedTokens.Count > 0 && !result.UnmatchedTokens[0].StartsWith('-'))
        {
            Logger.Error($"No help topic for '{result.UnmatchedTokens[0]}'\n");
            return 3;
        }
        string message = result.UnmatchedTokens.Count > 0 && result.UnmatchedTokens[0].StartsWith('-')
            ? "flag provided but not defined: -" + result.UnmatchedTokens[0].TrimStart('-')
            : GoWording(result.Errors[0]);
        Stdio.Out((atRoot ? "Incorrect Usage. " : "Incorrect Usage: ") + message + "\n\n" + HelpPrinter.Render(command, root));
        Logger.Error(message);
        return 1;
    }

    /// <summary>Go's flag package: "flag needs an argument: -b" for an option given without its value.</summary>
    private static string GoWording(ParseError error)
    {
        if (error.SymbolResult is OptionResult option && option.Tokens.Count == 0)
            return "flag needs an argument: -" + (option.IdentifierToken?.Value ?? option.Option.Name).TrimStart('-');
        return error.Message;
    }
}
