using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Runc.Libcontainer;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Lifecycle;
using Runc.Libcontainer.State;

namespace Runc.Commands;

/// <summary>`runc list`: a table (Go tabwriter layout) or JSON of every container under --root.</summary>
internal static class ListCommand
{
    public static Command Build(GlobalOptions g)
    {
        var format = new Option<string>("--format", "-f") { Description = "select one of: table or json (default: \"table\")", DefaultValueFactory = _ => "table" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "display only container IDs" };
        var cmd = new Command("list", "lists containers started by runc with the given root") { format, quiet };
        cmd.SetAction(r => CommandRunner.Run(r, g, null, s =>
        {
            var store = s.Store;
            var views = new List<OciStateView>();
            foreach (string id in store.ListIds())
            {
                Container c;
                try
                {
                    c = Container.Load(store, id);
                }
                catch (RuntimeError)
                {
                    continue; // being created or deleted right now
                }
                views.Add(c.View(c.Status, Owner(store.ContainerDir(id))));
            }
            if (r.GetValue(quiet))
            {
                var sb = new StringBuilder();
                foreach (var v in views)
                    sb.Append(v.Id).Append('\n');
                Stdio.Out(sb.ToString());
                return 0;
            }
            switch (r.GetValue(format))
            {
                case "table":
                    Stdio.Out(Table(views));
                    return 0;
                case "json":
                    Stdio.Out(Json(views) + "\n");
                    return 0;
                default:
                    throw new RuntimeError("invalid format option");
            }
        }));
        return cmd;
    }

    private static string Json(List<OciStateView> views)
    {
        if (views.Count == 0)
            return "null";
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = Runc.Libcontainer.Spec.GoJsonEncoder.Instance }))
        {
            w.WriteStartArray();
            foreach (var v in views)
                v.Write(w);
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>text/tabwriter with minwidth 12, padding 3, as runc sets it up; the last column is not padded.</summary>
    public static string Table(List<OciStateView> views)
    {
        var rows = new List<string[]> { new[] { "ID", "PID", "STATUS", "BUNDLE", "CREATED", "OWNER" } };
        foreach (var v in views)
        {
            rows.Add(new[]
            {
                v.Id, v.Pid.ToString(CultureInfo.InvariantCulture), v.Status, v.Bundle,
                OciStateView.FormatTime(v.Created), v.Owner,
            });
        }
        int cols = rows[0].Length;
        var width = new int[cols];
        foreach (var row in rows)
            for (int i = 0; i < cols - 1; i++)
                width[i] = Math.Max(width[i], Math.Max(12, row[i].Length + 3));
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            for (int i = 0; i < cols - 1; i++)
                sb.Append(row[i].PadRight(width[i]));
            sb.Append(row[cols - 1]).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>The user name owning the container's state directory, or "#uid".</summary>
    private static string Owner(string dir)
    {
        if (Libc.statx(Libc.AT_FDCWD, dir, 0, StatX.STATX_BASIC_STATS, out StatX st) != 0)
            return "";
        string uid = st.Uid.ToString(CultureInfo.InvariantCulture);
        string? passwd = FileIo.TryReadAllText("/etc/passwd");
        if (passwd is not null)
        {
            foreach (string line in passwd.Split('\n'))
            {
                string[] f = line.Split(':');
                if (f.Length > 2 && f[2] == uid)
                    return f[0];
            }
        }
        return "#" + uid;
    }
}
