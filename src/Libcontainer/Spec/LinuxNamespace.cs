using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A namespace to create, or to join when <see cref="Path"/> is set (<c>linux.namespaces[]</c>).</summary>
public sealed class LinuxNamespace
{
    /// <summary>pid, network, mount, ipc, uts, user, cgroup or time. Always written.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    [JsonPropertyName("path")]
    public string? Path { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxNamespace ns)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "type":
                    ns.Type = GoJsonReader.String(ref reader) ?? ns.Type;
                    break;
                case "path":
                    ns.Path = GoJsonReader.String(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxNamespace ns)
    {
        writer.WriteStartObject();
        writer.WriteString("type"u8, ns.Type);
        GoJsonWriter.String(writer, "path"u8, ns.Path);
        writer.WriteEndObject();
    }
}
