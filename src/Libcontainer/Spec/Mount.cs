using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>One entry of <c>mounts</c>.</summary>
public sealed class Mount
{
    /// <summary>Always written.</summary>
    [JsonPropertyName("destination")]
    public string Destination { get; set; } = "";

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("source")]
    public string? Source { get; set; }

    [JsonPropertyName("options")]
    public List<string>? Options { get; set; }

    [JsonPropertyName("uidMappings")]
    public List<LinuxIdMapping>? UidMappings { get; set; }

    [JsonPropertyName("gidMappings")]
    public List<LinuxIdMapping>? GidMappings { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, Mount mount)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "destination":
                    mount.Destination = GoJsonReader.String(ref reader) ?? mount.Destination;
                    break;
                case "type":
                    mount.Type = GoJsonReader.String(ref reader);
                    break;
                case "source":
                    mount.Source = GoJsonReader.String(ref reader);
                    break;
                case "options":
                    mount.Options = GoJsonReader.Strings(ref reader);
                    break;
                case "uidmappings":
                    mount.UidMappings = GoJsonReader.Objects<LinuxIdMapping>(ref reader, LinuxIdMapping.ReadJson);
                    break;
                case "gidmappings":
                    mount.GidMappings = GoJsonReader.Objects<LinuxIdMapping>(ref reader, LinuxIdMapping.ReadJson);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, Mount mount)
    {
        writer.WriteStartObject();
        writer.WriteString("destination"u8, mount.Destination);
        GoJsonWriter.String(writer, "type"u8, mount.Type);
        GoJsonWriter.String(writer, "source"u8, mount.Source);
        GoJsonWriter.Strings(writer, "options"u8, mount.Options);
        GoJsonWriter.Objects(writer, "uidMappings"u8, mount.UidMappings, LinuxIdMapping.WriteJson);
        GoJsonWriter.Objects(writer, "gidMappings"u8, mount.GidMappings, LinuxIdMapping.WriteJson);
        writer.WriteEndObject();
    }
}
