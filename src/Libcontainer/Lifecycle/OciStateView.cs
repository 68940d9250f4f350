using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Runc.Libcontainer.Lifecycle;

/// <summary>
/// The JSON `runc state` prints and `runc list --format json` lists, in runc's field order:
/// ociVersion, id, pid, status, bundle, rootfs, created, annotations (when any), owner.
/// </summary>
public sealed class OciStateView
{
    public string OciVersion { get; init; } = "";

    public string Id { get; init; } = "";

    public int Pid { get; init; }

    public string Status { get; init; } = "";

    public string Bundle { get; init; } = "";

    public string Rootfs { get; init; } = "";

    public DateTime Created { get; init; }

    public Dictionary<string, string>? Annotations { get; init; }

    public string Owner { get; init; } = "";

    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("ociVersion", OciVersion);
        w.WriteString("id", Id);
        w.WriteNumber("pid", Pid);
        w.WriteString("status", Status);
        w.WriteString("bundle", Bundle);
        w.WriteString("rootfs", Rootfs);
        w.WriteString("created", FormatTime(Created));
        if (Annotations is { Count: > 0 })
        {
            w.WriteStartObject("annotations");
            var keys = new List<string>(Annotations.Keys);
            keys.Sort(StringComparer.Ordinal);
            foreach (string k in keys)
                w.WriteString(k, Annotations[k]);
            w.WriteEndObject();
        }
        w.WriteString("owner", Owner);
        w.WriteEndObject();
    }

    /// <summary>runc's `state` output: two-space indentation, no trailing newline.</summary>
    public string ToIndentedJson()
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = Spec.GoJsonEncoder.Instance }))
            Write(w);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>Go's RFC3339Nano: fractional seconds without trailing zeros, "Z" for UTC.</summary>
    public static string FormatTime(DateTime t)
    {
        t = t.ToUniversalTime();
        string s = t.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture).TrimEnd('0').TrimEnd('.');
        return s + "Z";
    }
}
