using Runc.Libcontainer;

namespace Runc;

/// <summary>
/// runc's checkArgs: the same wording when a command gets the wrong number of arguments, after
/// "Incorrect Usage." and the command's help on stdout.
/// </summary>
internal static class ArgumentCheck
{
    public static void Exactly(string command, string[]? args, int n)
    {
        if ((args?.Length ?? 0) != n)
            throw Usage(command, $"runc: \"{command}\" requires exactly {n} argument(s)");
    }

    public static void AtLeast(string command, string[]? args, int n)
    {
        if ((args?.Length ?? 0) < n)
            throw Usage(command, $"runc: \"{command}\" requires a minimum of {n} argument(s)");
    }

    public static void AtMost(string command, string[]? args, int n)
    {
        if ((args?.Length ?? 0) > n)
            throw Usage(command, $"runc: \"{command}\" requires a maximum of {n} argument(s)");
    }

    private static RuntimeError Usage(string command, string message)
    {
        var root = Cli.Build();
        foreach (var c in root.Subcommands)
        {
            if (c.Name == command)
            {
                Stdio.Out("Incorrect Usage.\n\n" + HelpPrinter.RenderCommand(c));
                break;
            }
        }
        return new RuntimeError(message);
    }
}
