using System;
using System.CommandLine;
using System.Linq;
using Runc.Libcontainer.Launch;
using Runc.Libcontainer.Lifecycle;
using Runc.Libcontainer.Terminal;

namespace Runc.Commands;

/// <summary>
/// `runc exec [flags] &lt;id&gt; &lt;command&gt;...` or `runc exec [flags] -p process.json &lt;id&gt;`:
/// a new process in the container. In the foreground it forwards signals (and proxies the terminal
/// when it has one) and exits with the process's code; with --detach it returns once the process
/// runs. Failures exit 255, as runc's do.
/// </summary>
internal static class ExecCommand
{
    public static Command Build(GlobalOptions g)
    {
        var consoleSocket = new Option<string>("--console-socket") { Description = "path to an AF_UNIX socket which will receive a file descriptor referencing the master end of the console's pseudoterminal" };
        var cwd = new Option<string>("--cwd") { Description = "current working directory in the container" };
        var env = new Option<string[]>("--env", "-e") { Description = "set environment variables", AllowMultipleArgumentsPerToken = false };
        var tty = new Option<bool?>("--tty", "-t") { Description = "allocate a pseudo-TTY", Arity = ArgumentArity.ZeroOrOne };
        var user = new Option<string>("--user", "-u") { Description = "UID (format: <uid>[:<gid>])" };
        var gids = new Option<long[]>("--additional-gids", "-g") { Description = "additional gids" };
        var process = new Option<string>("--process", "-p") { Description = "path to the process.json" };
        var detach = new Option<bool>("--detach", "-d") { Description = "detach from the container's process" };
        var pidFile = new Option<string>("--pid-file") { Description = "specify the file to write the process id to" };
        var label = new Option<string>("--process-label") { Description = "set the asm process label for the process commonly used with selinux" };
        var apparmor = new Option<string>("--apparmor") { Description = "set the apparmor profile for the process" };
        var noNewPrivs = new Option<bool?>("--no-new-privs") { Description = "set the no new privileges value for the process", Arity = ArgumentArity.ZeroOrOne };
        var caps = new Option<string[]>("--cap", "-c") { Description = "add a capability to the bounding set for the process" };
        var preserveFds = new Option<int>("--preserve-fds") { Description = "Pass N additional file descriptors to the container (stdio + $LISTEN_FDS + N in total)" };
        var cgroup = new Option<string[]>("--cgroup") { Description = "run the process in an (existing) sub-cgroup(s). Format is [<controller>:]<cgroup>." };
        var ignorePaused = new Option<bool>("--ignore-paused") { Description = "allow exec in a paused container" };
        var args = new Argument<string[]>("container-id command") { Arity = ArgumentArity.ZeroOrMore };
        var cmd = new Command("exec", "execute new process inside the container")
        {
            consoleSocket, cwd, env, tty, user, gids, process, detach, pidFile, label, apparmor, noNewPrivs, caps, preserveFds, cgroup, ignorePaused, args,
        };
        cmd.SetAction(r => CommandRunner.Run(r, g, "exec failed: ", s =>
        {
            string[]? a = r.GetValue(args);
            ArgumentCheck.AtLeast("exec", a, 1);
            var o = new ExecOptions
            {
                Id = a![0],
                Args = a.Skip(1).ToArray(),
                ProcessFile = NonEmpty(r.GetValue(process)),
                Tty = r.GetResult(tty) is null ? null : r.GetValue(tty) ?? true,
                ConsoleSocket = NonEmpty(r.GetValue(consoleSocket)),
                Detach = r.GetValue(detach),
                PidFile = NonEmpty(r.GetValue(pidFile)),
                Env = r.GetValue(env) ?? Array.Empty<string>(),
                Cwd = NonEmpty(r.GetValue(cwd)),
                User = NonEmpty(r.GetValue(user)),
                AdditionalGids = r.GetValue(gids) ?? Array.Empty<long>(),
                Caps = r.GetValue(caps) ?? Array.Empty<string>(),
                NoNewPrivileges = r.GetResult(noNewPrivs) is null ? null : r.GetValue(noNewPrivs) ?? true,
                Apparmor = NonEmpty(r.GetValue(apparmor)),
                ProcessLabel = NonEmpty(r.GetValue(label)),
                PreserveFds = r.GetValue(preserveFds),
                Cgroups = r.GetValue(cgroup) ?? Array.Empty<string>(),
                IgnorePaused = r.GetValue(ignorePaused),
            };
            var executor = new ContainerExecutor(s.Store, o);
            if (o.Detach)
            {
                using var l = s.Store.Lock(o.Id);
                executor.Start();
                return 0;
            }
            // A subreaper: the C stage forks the process into the container's pid namespace and exits,
            // so the process is re-parented here, where its exit status can be read.
            using var forwarder = new SignalForwarder(subreaper: true);
            int pid;
            using (s.Store.Lock(o.Id))
                pid = executor.Start();
            if (executor.Console is { } console)
            {
                using (console)
                    return ConsoleProxy.Run(console.Receive(), forwarder, pid);
            }
            return forwarder.ForwardUntilExit(pid);
        }, errorExitCode: 255));
        return cmd;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
