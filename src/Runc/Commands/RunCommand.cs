using System.CommandLine;
using Runc.Libcontainer.Launch;
using Runc.Libcontainer.Lifecycle;
using Runc.Libcontainer.Logging;
using Runc.Libcontainer.Notify;
using Runc.Libcontainer.Terminal;

namespace Runc.Commands;

/// <summary>
/// `runc run`: create and start in one go. In the foreground it forwards signals to the
/// container, waits for it, deletes it and exits with its exit code (128+n when killed by
/// signal n); with --detach it returns once the container runs.
/// </summary>
internal static class RunCommand
{
    public static Command Build(GlobalOptions g)
    {
        var flags = new CreateFlags();
        var detach = new Option<bool>("--detach", "-d") { Description = "detach from the container's process" };
        var keep = new Option<bool>("--keep") { Description = "do not delete the container after it exits" };
        var noSubreaper = new Option<bool>("--no-subreaper") { Description = "disable the use of the subreaper used to reap reparented processes" };
        var cmd = new Command("run", "create and run a container") { detach, keep, noSubreaper };
        flags.AddTo(cmd);
        cmd.SetAction(r => CommandRunner.Run(r, g, "runc run failed: ", s =>
        {
            var options = flags.Read(r, s, "run", startsImmediately: true, detach: r.GetValue(detach));
            string? notifyHost = NotifySocket.HostSocket;
            if (r.GetValue(detach))
            {
                var detached = new ContainerCreator(s.Store, options).Create();
                using var detachedNotify = notifyHost is null ? null : NotifySocket.Bind(detached.Dir, notifyHost);
                StartOrDestroy(s, detached);
                detachedNotify?.Relay(detached.State.InitProcessPid, detached.State.InitProcessPid);
                return 0;
            }
            using var forwarder = new SignalForwarder(subreaper: !r.GetValue(noSubreaper));
            var creator = new ContainerCreator(s.Store, options);
            var c = creator.Create();
            using var console = creator.Console;
            var master = console?.Receive();
            using var notify = notifyHost is null ? null : NotifySocket.Bind(c.Dir, notifyHost);
            StartOrDestroy(s, c);
            if (notify is not null)
            {
                // runc reports its own pid as the main pid when it stays in the foreground
                int self = System.Environment.ProcessId;
                new System.Threading.Thread(() => notify.Relay(self, self)) { IsBackground = true }.Start();
            }
            int code = master is null
                ? forwarder.ForwardUntilExit(c.State.InitProcessPid)
                : ConsoleProxy.Run(master, forwarder, c.State.InitProcessPid);
            if (!r.GetValue(keep))
            {
                using var l = s.Store.Lock(c.Id);
                c.Destroy();
            }
            return code;
        }));
        return cmd;
    }

    private static void StartOrDestroy(GlobalSettings s, Container c)
    {
        try
        {
            using var l = s.Store.Lock(c.Id);
            c.Start();
        }
        catch
        {
            try
            {
                using var l = s.Store.Lock(c.Id);
                c.Destroy();
            }
            catch (System.Exception e)
            {
                Logger.Warn($"cleanup after failed start: {e.Message}");
            }
            throw;
        }
    }
}
