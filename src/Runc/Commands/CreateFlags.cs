using System.CommandLine;
using System.IO;
using Runc.Libcontainer.Lifecycle;
using Runc.Libcontainer.Logging;

namespace Runc.Commands;

/// <summary>The flags `create` and `run` share, and the <see cref="CreateOptions"/> they make.</summary>
internal sealed class CreateFlags
{
    public readonly Option<string> Bundle = new("--bundle", "-b") { Description = "path to the root of the bundle directory, defaults to the current directory" };
    public readonly Option<string> ConsoleSocket = new("--console-socket") { Description = "path to an AF_UNIX socket which will receive a file descriptor referencing the master end of the console's pseudoterminal" };
    public readonly Option<string> PidFile = new("--pid-file") { Description = "specify the file to write the process id to" };
    public readonly Option<bool> NoPivot = new("--no-pivot") { Description = "do not use pivot root to jail process inside rootfs.  This should be used whenever the rootfs is on top of a ramdisk" };
    public readonly Option<bool> NoNewKeyring = new("--no-new-keyring") { Description = "do not create a new session keyring for the container.  This will cause the container to inherit the calling processes session key" };
    public readonly Option<int> PreserveFds = new("--preserve-fds") { Description = "Pass N additional file descriptors to the container (stdio + $LISTEN_FDS + N in total)" };
    public readonly Argument<string[]> Id = new("container-id") { Arity = ArgumentArity.ZeroOrMore };

    public void AddTo(Command cmd)
    {
        cmd.Options.Add(Bundle);
        cmd.Options.Add(ConsoleSocket);
        cmd.Options.Add(PidFile);
        cmd.Options.Add(NoPivot);
        cmd.Options.Add(NoNewKeyring);
        cmd.Options.Add(PreserveFds);
        cmd.Arguments.Add(Id);
    }

    public CreateOptions Read(ParseResult r, GlobalSettings g, string command, bool startsImmediately = false, bool detach = true)
    {
        string[]? ids = r.GetValue(Id);
        ArgumentCheck.Exactly(command, ids, 1);
        string bundle = r.GetValue(Bundle) is { Length: > 0 } b ? b : Directory.GetCurrentDirectory();
        return new CreateOptions
        {
            Id = ids![0],
            Bundle = Path.GetFullPath(bundle),
            PidFile = r.GetValue(PidFile) is { Length: > 0 } p ? Path.GetFullPath(p) : null,
            ConsoleSocket = r.GetValue(ConsoleSocket) is { Length: > 0 } c ? c : null,
            NoPivot = r.GetValue(NoPivot),
            NoNewKeyring = r.GetValue(NoNewKeyring),
            PreserveFds = r.GetValue(PreserveFds),
            SystemdCgroup = g.SystemdCgroup,
            Rootless = g.IsRootless,
            LogLevel = Logger.Name(Logger.Level),
            StartsImmediately = startsImmediately,
            Detach = detach,
        };
    }
}
