using System.CommandLine;
using Runc.Commands;

namespace Runc;

/// <summary>The command tree: runc's global flags and one command per file under Commands/.</summary>
internal static class Cli
{
    public const string Usage = "Open Container Initiative runtime";

    /// <remarks>
    /// A plain Command, not a RootCommand: RootCommand's built-in help and version options load their
    /// descriptions through a ResourceManager on every start, which costs more than the rest of the tree.
    /// </remarks>
    public static Command Build()
    {
        var globals = new GlobalOptions();
        var root = new Command("runc", Usage);
        root.Options.Add(HelpFlag.Create());
        globals.AddTo(root);
        root.Options.Add(VersionCommand.Option());
        root.Subcommands.Add(CreateCommand.Build(globals));
        root.Subcommands.Add(DeleteCommand.Build(globals));
        root.Subcommands.Add(ExecCommand.Build(globals));
        root.Subcommands.Add(EventsCommand.Build(globals));
        root.Subcommands.Add(KillCommand.Build(globals));
        root.Subcommands.Add(ListCommand.Build(globals));
        root.Subcommands.Add(PauseCommand.Build(globals));
        root.Subcommands.Add(PsCommand.Build(globals));
        root.Subcommands.Add(ResumeCommand.Build(globals));
        root.Subcommands.Add(RunCommand.Build(globals));
        root.Subcommands.Add(SpecCommand.Build(globals));
        root.Subcommands.Add(StartCommand.Build(globals));
        root.Subcommands.Add(StateCommand.Build(globals));
        root.Subcommands.Add(FeaturesCommand.Build(globals));
        root.Subcommands.Add(UpdateCommand.Build(globals));
        root.Subcommands.Add(InitCommand.Build());
        root.Subcommands.Add(HelpCommand.Build(root));
        // urfave/cli's default action: no command prints the help
        root.SetAction(r =>
        {
            Stdio.Out(HelpPrinter.RenderRoot(root));
            return 0;
        });
        return root;
    }
}
