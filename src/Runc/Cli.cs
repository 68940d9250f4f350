using System.CommandLine;
using System.Linq;
using Runc.Commands;

namespace Runc;

/// <summary>The command tree: runc's global flags and one command per file under Commands/.</summary>
internal static class Cli
{
    public const string Usage = "Open Container Initiative runtime";

    public static RootCommand Build()
    {
        var globals = new GlobalOptions();
        var root = new RootCommand(Usage);
        foreach (var v in root.Options.OfType<VersionOption>().ToList())
            root.Options.Remove(v);
        globals.AddTo(root);
        root.Options.Add(VersionCommand.Option());
        root.Subcommands.Add(CreateCommand.Build(globals));
        root.Subcommands.Add(DeleteCommand.Build(globals));
        root.Subcommands.Add(KillCommand.Build(globals));
        root.Subcommands.Add(ListCommand.Build(globals));
        root.Subcommands.Add(RunCommand.Build(globals));
        root.Subcommands.Add(SpecCommand.Build(globals));
        root.Subcommands.Add(StartCommand.Build(globals));
        root.Subcommands.Add(StateCommand.Build(globals));
        root.Subcommands.Add(InitCommand.Build());
        return root;
    }
}
