using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>ioprio_set(2) settings of the process group (<c>process.ioPriority</c>, Go's LinuxIOPriority).</summary>
public sealed class IOPriority
{
    /// <summary>IOPRIO_CLASS_RT, IOPRIO_CLASS_BE or IOPRIO_CLASS_IDLE. Always written.</summary>
    [JsonPropertyName("class")]
    public string Class { get; set; } = "";

    /// <summary>0 (highest) to 7 (lowest). Always written.</summary>
    [JsonPropertyName("priority")]
    public int Priority { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, IOPriority priority)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "class":
                    priority.Class = GoJsonReader.String(ref reader) ?? priority.Class;
                    break;
                case "priority":
                    priority.Priority = GoJsonReader.Int32(ref reader) ?? priority.Priority;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, IOPriority priority)
    {
        writer.WriteStartObject();
        writer.WriteString("class"u8, priority.Class);
        writer.WriteNumber("priority"u8, priority.Priority);
        writer.WriteEndObject();
    }
}
