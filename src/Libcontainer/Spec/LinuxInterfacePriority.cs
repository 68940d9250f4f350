using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A net_prio priority for one interface.</summary>
public sealed class LinuxInterfacePriority
{
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    [JsonPropertyName("priority")]
    public uint Priority { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxInterfacePriority priority)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "name":
                    priority.Name = GoJsonReader.String(ref reader) ?? priority.Name;
                    break;
                case "priority":
                    priority.Priority = GoJsonReader.UInt32(ref reader) ?? priority.Priority;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxInterfacePriority priority)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, priority.Name);
        writer.WriteNumber("priority"u8, priority.Priority);
        writer.WriteEndObject();
    }
}
