using System;
using System.Collections.Generic;
using System.Globalization;
using Runc.Libcontainer.Spec;
using SpecProcess = Runc.Libcontainer.Spec.Process;

namespace Runc.Libcontainer.Lifecycle;

/// <summary>
/// The process `runc exec` runs, as runc 1.1's getProcess makes it: the --process document as it
/// is, or config.json's process with the command line's args and overrides (cwd, apparmor, label,
/// capabilities added to every set, env appended, tty, no_new_privs, user, additional gids). The
/// result is checked as runc's validateProcessSpec checks it.
/// </summary>
public static class ExecProcessBuilder
{
    public static SpecProcess Build(ExecOptions o, Func<SpecProcess?> configProcess)
    {
        if (o.ProcessFile is not null)
        {
            var fromFile = SpecLoader.LoadProcess(o.ProcessFile);
            Validate(fromFile);
            return fromFile;
        }
        var p = configProcess() ?? throw new RuntimeError("process property must not be empty");
        p.Args = new List<string>(o.Args);
        if (!string.IsNullOrEmpty(o.Cwd))
            p.Cwd = o.Cwd;
        if (!string.IsNullOrEmpty(o.Apparmor))
            p.ApparmorProfile = o.Apparmor;
        if (!string.IsNullOrEmpty(o.ProcessLabel))
            p.SelinuxLabel = o.ProcessLabel;
        if (o.Caps.Count > 0)
        {
            var c = p.Capabilities ??= new LinuxCapabilities();
            foreach (string cap in o.Caps)
            {
                (c.Bounding ??= new List<string>()).Add(cap);
                (c.Effective ??= new List<string>()).Add(cap);
                (c.Inheritable ??= new List<string>()).Add(cap);
                (c.Permitted ??= new List<string>()).Add(cap);
                (c.Ambient ??= new List<string>()).Add(cap);
            }
        }
        if (o.Env.Count > 0)
            (p.Env ??= new List<string>()).AddRange(o.Env);
        p.Terminal = o.Tty ?? false;
        if (o.NoNewPrivileges is bool nnp)
            p.NoNewPrivileges = nnp;
        if (!string.IsNullOrEmpty(o.User))
        {
            string[] u = o.User.Split(':', 2);
            if (u.Length > 1)
                p.User.Gid = ParseId(u[1], "gid");
            p.User.Uid = ParseId(u[0], "uid");
        }
        foreach (long gid in o.AdditionalGids)
        {
            if (gid < 0)
                throw new RuntimeError($"additional-gids must be a positive number {gid.ToString(CultureInfo.InvariantCulture)}");
            (p.User.AdditionalGids ??= new List<uint>()).Add((uint)gid);
        }
        Validate(p);
        return p;
    }

    /// <summary>runc's validateProcessSpec.</summary>
    public static void Validate(SpecProcess p)
    {
        if (string.IsNullOrEmpty(p.Cwd))
            throw new RuntimeError("Cwd property must not be empty");
        if (!p.Cwd.StartsWith('/'))
            throw new RuntimeError("Cwd must be an absolute path");
        if (p.Args is null || p.Args.Count == 0)
            throw new RuntimeError("args must not be empty");
        if (!string.IsNullOrEmpty(p.SelinuxLabel) && !System.IO.File.Exists("/sys/fs/selinux/enforce"))
            throw new RuntimeError("selinux label is specified in config, but selinux is disabled or not supported");
    }

    /// <summary>
    /// The environment the process gets: each name once, the last value winning, in the order names
    /// first appear (runc 1.1 sets them one by one with os.Setenv and execs os.Environ()).
    /// </summary>
    public static List<string> MergeEnv(IEnumerable<string>? env)
    {
        var result = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string e in env ?? Array.Empty<string>())
        {
            int eq = e.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
                throw new RuntimeError("invalid environment variable: missing '='");
            if (eq == 0)
                throw new RuntimeError("invalid environment variable: name cannot be empty");
            string name = e[..eq];
            if (index.TryGetValue(name, out int at))
                result[at] = e;
            else
            {
                index[name] = result.Count;
                result.Add(e);
            }
        }
        return result;
    }

    /// <summary>Go's strconv.Atoi then uint32 conversion, with runc's message.</summary>
    private static uint ParseId(string s, string what)
    {
        if (!long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v))
            throw new RuntimeError($"parsing {s} as int for {what} failed: strconv.Atoi: parsing \"{s}\": invalid syntax");
        return unchecked((uint)v);
    }
}
