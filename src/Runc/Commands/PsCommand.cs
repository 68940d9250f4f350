using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Runc.Libcontainer;
using Runc.Libcontainer.Lifecycle;

namespace Runc.Commands;

/// <summary>
/// `runc ps [--format table|json] &lt;id&gt; [ps options]`: json prints the pids in the container's
/// cgroup; table runs the host's ps (default options -ef) and keeps the header and the rows whose
/// PID column is one of them (Docker's `top` and `ctr task ps` rely on this).
/// </summary>
internal static class PsCommand
{
    public static Command Build(GlobalOptions g)
    {
        var format = new Option<string>("--format", "-f") { Description = "select one of: table or json", DefaultValueFactory = _ => "table" };
        var args = new Argument<string[]>("container-id [ps options]") { Arity = ArgumentArity.ZeroOrMore };
        var cmd = new Command("ps", "ps displays the processes running inside a container") { format, args };
        cmd.TreatUnmatchedTokensAsErrors = false;
        cmd.SetAction(r => CommandRunner.Run(r, g, null, s =>
        {
            var a = ArgsInOrder(r);
            ArgumentCheck.AtLeast("ps", a.ToArray(), 1);
            IReadOnlyList<int> pids;
            using (s.Store.Lock(a[0]))
                pids = Container.Load(s.Store, a[0]).Processes();
            switch (r.GetValue(format))
            {
                case "json":
                    Stdio.Out(pids.Count == 0 ? "null\n" : "[" + string.Join(',', pids) + "]\n");
                    return 0;
                case "table":
                    break;
                default:
                    throw new RuntimeError("invalid format option");
            }
            var psArgs = a.Count > 1 ? a.GetRange(1, a.Count - 1) : new List<string> { "-ef" };
            Stdio.Out(Filter(RunPs(psArgs), pids));
            return 0;
        }));
        return cmd;
    }

    /// <summary>
    /// The id and the ps options in the order given: like Go's flag package, runc's own flags are
    /// only those before the id; everything after it goes to ps ("runc ps ID -o pid,comm").
    /// </summary>
    private static List<string> ArgsInOrder(ParseResult r)
    {
        var list = new List<string>();
        bool inPs = false, skipValue = false;
        foreach (var t in r.Tokens)
        {
            if (!inPs)
            {
                inPs = t.Type == System.CommandLine.Parsing.TokenType.Command && t.Value == "ps";
                continue;
            }
            if (skipValue)
            {
                skipValue = false;
                continue;
            }
            if (list.Count == 0 && t.Value is "--format" or "-f")
            {
                skipValue = true;
                continue;
            }
            if (list.Count == 0 && (t.Value.StartsWith("--format=", StringComparison.Ordinal) || t.Value == "--"))
                continue;
            list.Add(t.Value);
        }
        return list;
    }

    private static string RunPs(List<string> args)
    {
        var psi = new ProcessStartInfo("ps") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
            psi.ArgumentList.Add(arg);
        using var p = Process.Start(psi) ?? throw new RuntimeError("exec: \"ps\": executable file not found in $PATH");
        var err = p.StandardError.ReadToEndAsync();
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
            throw new RuntimeError($"exit status {p.ExitCode}: {output}{err.Result}");
        return output;
    }

    /// <summary>The header and the rows whose PID column is in <paramref name="pids"/>.</summary>
    internal static string Filter(string output, IReadOnlyList<int> pids)
    {
        string[] lines = output.Split('\n');
        int pidIndex = Array.IndexOf(lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), "PID");
        if (pidIndex < 0)
            throw new RuntimeError("couldn't find PID field in ps output");
        var set = new HashSet<int>(pids);
        var sb = new StringBuilder();
        sb.Append(lines[0]).Append('\n');
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
                continue;
            string[] fields = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (pidIndex >= fields.Length)
                continue;
            if (!int.TryParse(fields[pidIndex], NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
                throw new RuntimeError($"unexpected pid '{fields[pidIndex]}': invalid syntax");
            if (set.Contains(pid))
                sb.Append(lines[i]).Append('\n');
        }
        return sb.ToString();
    }
}
