using System.CommandLine;

namespace Runc;

/// <summary>runc's global flags, defined once and recognised before or after the command name.</summary>
internal sealed class GlobalOptions
{
    public readonly Option<bool> Debug = new("--debug") { Description = "enable debug logging", Recursive = true };

    public readonly Option<string?> Log = new("--log") { Description = "set the log file to write runc logs to (default is '/dev/stderr')", Recursive = true };

    public readonly Option<string> LogFormat = new("--log-format")
    {
        Description = "set the log format ('text' (default), or 'json')",
        DefaultValueFactory = _ => "text",
        Recursive = true,
    };

    public readonly Option<string> Root = new("--root")
    {
        Description = "root directory for storage of container state (this should be located in tmpfs)",
        DefaultValueFactory = _ => "/run/runc",
        Recursive = true,
    };

    public readonly Option<string> Criu = new("--criu")
    {
        Description = "path to the criu binary used for checkpoint and restore",
        DefaultValueFactory = _ => "criu",
        Recursive = true,
    };

    public readonly Option<bool> SystemdCgroup = new("--systemd-cgroup")
    {
        Description = "enable systemd cgroup support, expects cgroupsPath to be of form \"slice:prefix:name\" for e.g. \"system.slice:runc:434234\"",
        Recursive = true,
    };

    public readonly Option<string> Rootless = new("--rootless")
    {
        Description = "ignore cgroup permission errors ('true', 'false', or 'auto')",
        DefaultValueFactory = _ => "auto",
        Recursive = true,
    };

    public void AddTo(Command root)
    {
        root.Options.Add(Debug);
        root.Options.Add(Log);
        root.Options.Add(LogFormat);
        root.Options.Add(Root);
        root.Options.Add(Criu);
        root.Options.Add(SystemdCgroup);
        root.Options.Add(Rootless);
    }

    public GlobalSettings Read(ParseResult r) => new(
        System.IO.Path.GetFullPath(r.GetValue(Root) ?? "/run/runc"),
        r.GetValue(Log),
        r.GetValue(LogFormat) ?? "text",
        r.GetValue(Debug),
        r.GetValue(SystemdCgroup),
        r.GetValue(Rootless) ?? "auto",
        r.GetValue(Criu) ?? "criu");
}
