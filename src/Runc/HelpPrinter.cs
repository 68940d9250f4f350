using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Text;
using Runc.Commands;

namespace Runc;

/// <summary>
/// Help in runc 1.1's layout (urfave/cli v1's templates: NAME, USAGE, VERSION, DESCRIPTION,
/// COMMANDS, OPTIONS, columns aligned as its tabwriter aligns them), generated from the command
/// tree: any command in it gets its help from its options, with runc's texts from
/// <see cref="CommandDocs"/> where they exist and the command's own descriptions otherwise.
/// </summary>
internal static class HelpPrinter
{
    public static string Render(Command command, Command root) =>
        ReferenceEquals(command, root) ? RenderRoot(root) : RenderCommand(command);

    public static string RenderRoot(Command root)
    {
        var sb = new StringBuilder();
        sb.Append("NAME:\n   runc - ").Append(CommandDocs.RootUsage).Append("\n\n");
        sb.Append("USAGE:\n   runc [global options] command [command options] [arguments...]\n\n");
        string version = VersionCommand.Text();
        if (version.StartsWith("runc version ", StringComparison.Ordinal))
            version = version["runc version ".Length..];
        sb.Append("VERSION:\n   ").Append(version.TrimEnd('\n')).Append("\n\n");
        sb.Append("COMMANDS:");
        foreach (Command c in VisibleCommands(root))
        {
            sb.Append("\n   ").Append(c.Name);
            foreach (string alias in c.Aliases)
                sb.Append(", ").Append(alias);
            sb.Append('\t').Append(Usage(c));
        }
        sb.Append("\n\nGLOBAL OPTIONS:\n   ");
        var options = VisibleOptions(root, root: true);
        for (int i = 0; i < options.Count; i++)
        {
            if (i > 0)
                sb.Append("\n   ");
            sb.Append(FormatOption("runc", options[i]));
        }
        sb.Append('\n');
        return Align(sb.ToString());
    }

    public static string RenderCommand(Command command)
    {
        var doc = CommandDocs.For(command.Name);
        var options = VisibleOptions(command, root: false);
        var sb = new StringBuilder();
        sb.Append("NAME:\n   runc ").Append(command.Name).Append(" - ").Append(Usage(command)).Append("\n\n");
        sb.Append("USAGE:\n   runc ").Append(command.Name);
        if (options.Count > 0)
            sb.Append(" [command options]");
        sb.Append(' ').Append(doc?.ArgsUsage ?? DefaultArgsUsage(command));
        if (doc?.Description is { } description)
            sb.Append("\n\nDESCRIPTION:\n   ").Append(description);
        if (options.Count > 0)
        {
            sb.Append("\n\nOPTIONS:\n   ");
            foreach (Option o in options)
                sb.Append(FormatOption(command.Name, o)).Append("\n   ");
        }
        sb.Append('\n');
        return Align(sb.ToString());
    }

    private static string Usage(Command c) => CommandDocs.For(c.Name)?.Usage ?? c.Description ?? "";

    /// <summary>A command without runc's text: its arguments by name ("&lt;container-id&gt;"), or urfave's default.</summary>
    private static string DefaultArgsUsage(Command c)
    {
        if (c.Arguments.Count == 0)
            return "[arguments...]";
        var parts = new List<string>();
        foreach (Argument a in c.Arguments)
        {
            if (!a.Hidden)
                parts.Add("<" + a.Name + ">");
        }
        return parts.Count == 0 ? "[arguments...]" : string.Join(' ', parts);
    }

    /// <summary>Subcommands in runc's order, then any others in tree order; "help" last, as urfave puts it.</summary>
    private static List<Command> VisibleCommands(Command root)
    {
        var known = new List<Command>();
        var others = new List<Command>();
        Command? help = null;
        foreach (Command c in root.Subcommands)
        {
            if (c.Hidden)
                continue;
            if (c.Name == HelpCommand.Name)
                help = c;
            else if (Array.IndexOf(CommandDocs.Order, c.Name) >= 0)
                known.Add(c);
            else
                others.Add(c);
        }
        known.Sort((a, b) => Array.IndexOf(CommandDocs.Order, a.Name).CompareTo(Array.IndexOf(CommandDocs.Order, b.Name)));
        known.AddRange(others);
        if (help is not null)
            known.Add(help);
        return known;
    }

    /// <summary>A command's own options (not --help); for the root, the global ones with --help and --version last.</summary>
    private static List<Option> VisibleOptions(Command command, bool root)
    {
        var list = new List<Option>();
        Option? help = null, version = null;
        foreach (Option o in command.Options)
        {
            if (o.Hidden)
                continue;
            if (o.Name == "--help")
                help = o;
            else if (o.Name == "--version")
                version = o;
            else
                list.Add(o);
        }
        // runc's order where runc has the option (a stable sort: the others keep the tree's order, after them)
        string docName = root ? "runc" : command.Name;
        var ordered = new List<(int Index, int Position, Option Option)>(list.Count);
        for (int i = 0; i < list.Count; i++)
            ordered.Add((CommandDocs.OptionIndex(docName, list[i].Name), i, list[i]));
        ordered.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : a.Position.CompareTo(b.Position));
        for (int i = 0; i < ordered.Count; i++)
            list[i] = ordered[i].Option;
        if (root)
        {
            if (help is not null)
                list.Add(help);
            if (version is not null)
                list.Add(version);
        }
        return list;
    }

    /// <summary>"--bundle value, -b value\tpath to … (default: …)": urfave's flag line.</summary>
    private static string FormatOption(string command, Option o)
    {
        bool takesValue = o.ValueType != typeof(bool) && o.ValueType != typeof(bool?) && o.Arity.MaximumNumberOfValues > 0;
        var sb = new StringBuilder();
        AppendName(sb, o.Name, takesValue);
        foreach (string alias in o.Aliases)
        {
            sb.Append(", ");
            AppendName(sb, alias, takesValue);
        }
        sb.Append('\t').Append(CommandDocs.OptionText(command, o.Name) ?? (o.Description ?? "") + DefaultText(o));
        return sb.ToString();
    }

    private static void AppendName(StringBuilder sb, string name, bool takesValue)
    {
        sb.Append(name);
        if (takesValue)
            sb.Append(" value");
    }

    /// <summary>urfave's default suffix: numbers always, strings when not empty, nothing for flags and lists.</summary>
    private static string DefaultText(Option o)
    {
        Type t = o.ValueType;
        object? value = o.HasDefaultValue ? o.GetDefaultValue() : null;
        if (t == typeof(int) || t == typeof(long) || t == typeof(uint) || t == typeof(ulong) || t == typeof(short) || t == typeof(ushort))
            return " (default: " + Convert.ToString(value ?? 0, CultureInfo.InvariantCulture) + ")";
        if (t == typeof(string) && value is string s && s.Length > 0)
            return " (default: \"" + s + "\")";
        return "";
    }

    /// <summary>
    /// Go's text/tabwriter as urfave configures it (padding 2, spaces): within each run of lines
    /// that contain a tab, the text before the tab is padded to the widest such text plus two.
    /// </summary>
    public static string Align(string text)
    {
        string[] lines = text.Split('\n');
        var sb = new StringBuilder(text.Length + 256);
        int i = 0;
        while (i < lines.Length)
        {
            if (!lines[i].Contains('\t'))
            {
                sb.Append(lines[i]);
                if (i < lines.Length - 1)
                    sb.Append('\n');
                i++;
                continue;
            }
            int end = i;
            int width = 0;
            while (end < lines.Length && lines[end].Contains('\t'))
            {
                width = Math.Max(width, lines[end].IndexOf('\t'));
                end++;
            }
            for (; i < end; i++)
            {
                int tab = lines[i].IndexOf('\t');
                sb.Append(lines[i], 0, tab).Append(' ', width - tab + 2).Append(lines[i], tab + 1, lines[i].Length - tab - 1);
                if (i < lines.Length - 1)
                    sb.Append('\n');
            }
        }
        return sb.ToString();
    }
}
