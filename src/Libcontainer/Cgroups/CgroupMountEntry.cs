using System;
using System.Collections.Generic;
using System.Text.Json;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups;

/// <summary>
/// One piece of a container's "cgroup" mount: a cgroup v1 hierarchy bind-mounted at
/// &lt;dest&gt;/&lt;Name&gt; (plus symlinks for co-mounted controllers, "cpu" → "cpu,cpuacct"), or the
/// cgroup2 hierarchy at &lt;dest&gt; itself (Name "").
/// </summary>
public sealed class CgroupMountEntry
{
    /// <summary>Directory name under the mount destination ("cpu,cpuacct", "memory"); "" for cgroup2.</summary>
    public string Name { get; set; } = "";

    /// <summary>Host path of the container's cgroup in this hierarchy (bind source).</summary>
    public string Source { get; set; } = "";

    /// <summary>"cgroup" (v1 hierarchy) or "cgroup2".</summary>
    public string FsType { get; set; } = "cgroup";

    /// <summary>v1 mount option naming the controllers ("cpu,cpuacct", "name=systemd").</summary>
    public string Options { get; set; } = "";

    /// <summary>Symlinks to make beside the directory (each controller of a co-mounted hierarchy).</summary>
    public string[] Symlinks { get; set; } = System.Array.Empty<string>();

    internal static void ReadJson(ref Utf8JsonReader reader, CgroupMountEntry e)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "name":
                    e.Name = GoJsonReader.String(ref reader) ?? e.Name;
                    break;
                case "source":
                    e.Source = GoJsonReader.String(ref reader) ?? e.Source;
                    break;
                case "fs_type":
                    e.FsType = GoJsonReader.String(ref reader) ?? e.FsType;
                    break;
                case "options":
                    e.Options = GoJsonReader.String(ref reader) ?? e.Options;
                    break;
                case "symlinks":
                    e.Symlinks = GoJsonReader.Strings(ref reader)?.ToArray() ?? e.Symlinks;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    internal static void WriteJson(Utf8JsonWriter writer, CgroupMountEntry e)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, e.Name);
        writer.WriteString("source"u8, e.Source);
        writer.WriteString("fs_type"u8, e.FsType);
        writer.WriteString("options"u8, e.Options);
        GoJsonWriter.Strings(writer, "symlinks"u8, new List<string>(e.Symlinks));
        writer.WriteEndObject();
    }
}
