using System;
using System.Collections.Generic;

namespace Runc.Commands;

/// <summary>
/// runc parses `exec`'s flags only up to the container id (urfave/cli's SkipArgReorder): in
/// `runc exec ID sh -c 'exit 3'` the `-c` belongs to sh, not to --cap. System.CommandLine would
/// take it as a flag, so a "--" goes in front of the first positional argument after `exec`.
/// </summary>
internal static class ExecArguments
{
    /// <summary>Global and exec flags that take a value (the next argument when not written --flag=value).</summary>
    private static readonly HashSet<string> TakesValue = new(StringComparer.Ordinal)
    {
        "--root", "--log", "--log-format", "--criu", "--rootless",
        "--console-socket", "--cwd", "--env", "-e", "--user", "-u", "--additional-gids", "-g",
        "--process", "-p", "--pid-file", "--process-label", "--apparmor", "--cap", "-c",
        "--preserve-fds", "--cgroup",
    };

    public static string[] Separate(string[] args)
    {
        if (Array.IndexOf(args, "exec") < 0)
            return args;
        int i = FindCommand(args);
        if (i < 0 || args[i] != "exec")
            return args;
        for (i++; i < args.Length; i++)
        {
            string a = args[i];
            if (a == "--")
                return args;
            if (a.StartsWith('-') && a.Length > 1)
            {
                if (!a.Contains('=', StringComparison.Ordinal) && TakesValue.Contains(a))
                    i++;
                continue;
            }
            var result = new List<string>(args.Length + 1);
            result.AddRange(args.AsSpan(0, i));
            result.Add("--");
            result.AddRange(args.AsSpan(i));
            return result.ToArray();
        }
        return args;
    }

    /// <summary>Index of the command name: the first argument that is neither a global flag nor its value.</summary>
    private static int FindCommand(string[] args)
    {
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (!a.StartsWith('-'))
                return i;
            if (!a.Contains('=', StringComparison.Ordinal) && TakesValue.Contains(a))
                i++;
        }
        return -1;
    }
}
