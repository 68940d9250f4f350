using System.CommandLine;
using Runc.Libcontainer.Features;
using Runc.Libcontainer.Spec;

namespace Runc.Commands;

/// <summary>`runc features`: what this runtime supports, as JSON (see <see cref="FeaturesReport"/>).</summary>
internal static class FeaturesCommand
{
    public static Command Build(GlobalOptions g)
    {
        var args = new Argument<string[]>("arguments") { Arity = ArgumentArity.ZeroOrMore, Hidden = true };
        var cmd = new Command("features", "show the enabled features") { args };
        cmd.SetAction(r => CommandRunner.Run(r, g, null, _ =>
        {
            ArgumentCheck.Exactly("features", r.GetValue(args), 0);
            byte[] json = FeaturesReport.ToJson(DefaultSpec.OciVersion, VersionCommand.Version, BuildInfo.Commit, LibseccompVersion.Get());
            Stdio.Out(System.Text.Encoding.UTF8.GetString(json));
            return 0;
        }));
        return cmd;
    }
}
