using System;
using System.CommandLine;
using System.Globalization;
using Runc.Libcontainer;
using Runc.Libcontainer.Cgroups;
using Runc.Libcontainer.Cgroups.Stats;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Lifecycle;
using Runc.Libcontainer.State;

namespace Runc.Commands;

/// <summary>
/// `runc events [--stats] [--interval 5s] &lt;id&gt;`: with --stats one stats event; otherwise a stats
/// event every interval and an "oom" event whenever the kernel OOM-kills in the container, until
/// the container's memory cgroup goes away. One JSON object per line, runc's types/events.go.
/// </summary>
internal static class EventsCommand
{
    public static Command Build(GlobalOptions g)
    {
        var interval = new Option<string>("--interval") { Description = "set the stats collection interval", DefaultValueFactory = _ => "5s" };
        var stats = new Option<bool>("--stats") { Description = "display the container's stats then exit" };
        var id = new Argument<string[]>("container-id") { Arity = ArgumentArity.ZeroOrMore };
        var cmd = new Command("events", "display container events such as OOM notifications, cpu, memory, and IO usage statistics") { interval, stats, id };
        cmd.SetAction(r => CommandRunner.Run(r, g, null, s =>
        {
            string[]? ids = r.GetValue(id);
            ArgumentCheck.Exactly("events", ids, 1);
            long ms = ParseDuration(r.GetValue(interval) ?? "5s");
            if (ms <= 0)
                throw new RuntimeError("duration interval must be greater than 0");
            Container c;
            using (s.Store.Lock(ids![0]))
            {
                c = Container.Load(s.Store, ids[0]);
                if (c.Status == ContainerStatus.Stopped)
                    throw new RuntimeError($"container with id {c.Id} is not running");
            }
            var cg = c.Cgroup ?? throw new RuntimeError("container has no cgroup");
            if (r.GetValue(stats))
            {
                Write(StatsJson.Event("stats", c.Id, cg.Stats()));
                return 0;
            }
            Watch(c.Id, cg, ms);
            return 0;
        }));
        return cmd;
    }

    private static unsafe void Watch(string id, ICgroupManager cg, long intervalMs)
    {
        using var oom = OomNotifier.Open(cg.Paths);
        long next = Environment.TickCount64 + intervalMs;
        while (true)
        {
            long wait = Math.Max(0, next - Environment.TickCount64);
            int ready = 0;
            var pfd = new PollFd { Fd = oom?.Fd ?? -1, Events = PollFd.POLLIN };
            ready = Libc.poll(&pfd, 1, (int)Math.Min(wait, int.MaxValue));
            if (ready > 0 && oom is not null)
            {
                switch (oom.Read())
                {
                    case OomNotice.Oom:
                        Write(StatsJson.Event("oom", id, null));
                        break;
                    case OomNotice.Gone:
                        return;
                }
            }
            if (Environment.TickCount64 >= next)
            {
                try
                {
                    Write(StatsJson.Event("stats", id, cg.Stats()));
                }
                catch (Exception e) when (e is RuntimeError or SyscallException or System.IO.IOException)
                {
                    Libcontainer.Logging.Logger.Error(e.Message);
                }
                next += intervalMs;
            }
        }
    }

    private static unsafe void Write(byte[] line)
    {
        fixed (byte* p = line)
        {
            nint off = 0;
            while (off < line.Length)
            {
                nint n = Libc.write(1, p + off, line.Length - off);
                if (n <= 0)
                    throw new RuntimeError("write events: " + SyscallException.Describe(Errno.Last));
                off += n;
            }
        }
    }

    /// <summary>Go's time.ParseDuration for the units that make sense here: "5s", "100ms", "1m30s", "0".</summary>
    internal static long ParseDuration(string s)
    {
        if (s == "0")
            return 0;
        double total = 0;
        int i = 0;
        bool negative = s.StartsWith('-');
        if (negative || s.StartsWith('+'))
            i++;
        if (i >= s.Length)
            throw new RuntimeError($"invalid value \"{s}\" for flag -interval: parse error");
        while (i < s.Length)
        {
            int start = i;
            while (i < s.Length && (char.IsDigit(s[i]) || s[i] == '.'))
                i++;
            if (start == i || !double.TryParse(s[start..i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double n))
                throw new RuntimeError($"invalid value \"{s}\" for flag -interval: parse error");
            int ustart = i;
            while (i < s.Length && !char.IsDigit(s[i]) && s[i] != '.')
                i++;
            total += s[ustart..i] switch
            {
                "ns" => n / 1e6,
                "us" or "µs" => n / 1e3,
                "ms" => n,
                "s" => n * 1e3,
                "m" => n * 60e3,
                "h" => n * 3600e3,
                _ => throw new RuntimeError($"invalid value \"{s}\" for flag -interval: parse error"),
            };
        }
        long ms = (long)Math.Ceiling(total);
        return negative ? -ms : ms;
    }
}
