using System.CommandLine;
using System.CommandLine.Invocation;
using Runc.Libcontainer.Spec;

namespace Runc.Commands;

/// <summary>`runc --version`: runc's shape (version, commit, spec, …) with our runtime in place of Go's.</summary>
internal static class VersionCommand
{
    public const string Version = "1.1.5+runcsharp.0.1.0";

    public static Option<bool> Option()
    {
        var opt = new Option<bool>("--version", "-v") { Description = "print the version", Arity = ArgumentArity.Zero };
        opt.Action = new PrintVersion();
        return opt;
    }

    public static string Text() =>
        $"runc version {Version}\n" +
        $"commit: {BuildInfo.Commit}\n" +
        $"spec: {DefaultSpec.OciVersion}\n" +
        $"dotnet: {System.Environment.Version} (NativeAOT)\n";

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            Stdio.Out(Text());
            return 0;
        }
    }
}
