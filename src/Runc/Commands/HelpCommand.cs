using System.CommandLine;
using Runc.Libcontainer;

namespace Runc.Commands;

/// <summary>`runc help [command]` (alias `h`): the root's help, or a command's, as `COMMAND --help` prints it.</summary>
internal static class HelpCommand
{
    public const string Name = "help";

    public static Command Build(Command root)
    {
        var topic = new Argument<string[]>("command") { Arity = ArgumentArity.ZeroOrMore };
        var cmd = new Command(Name, "Shows a list of commands or help for one command") { topic };
        cmd.Aliases.Add("h");
        cmd.SetAction(r =>
        {
            string[]? args = r.GetValue(topic);
            if (args is not { Length: > 0 })
            {
                Stdio.Out(HelpPrinter.RenderRoot(root));
                return 0;
            }
            foreach (Command c in root.Subcommands)
            {
                if (!c.Hidden && (c.Name == args[0] || c.Aliases.Contains(args[0])))
                {
                    Stdio.Out(HelpPrinter.RenderCommand(c));
                    return 0;
                }
            }
            // urfave's wording and exit code
            CommandRunner.Fatal($"No help topic for '{args[0]}'");
            return 3;
        });
        return cmd;
    }
}
