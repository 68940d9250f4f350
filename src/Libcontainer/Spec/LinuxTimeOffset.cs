using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A clock offset for a new time namespace (<c>linux.timeOffsets</c> value).</summary>
public sealed class LinuxTimeOffset
{
    [JsonPropertyName("secs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public long Secs { get; set; }

    [JsonPropertyName("nanosecs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public uint Nanosecs { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxTimeOffset offset)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "secs":
                    offset.Secs = GoJsonReader.Int64(ref reader) ?? offset.Secs;
                    break;
                case "nanosecs":
                    offset.Nanosecs = GoJsonReader.UInt32(ref reader) ?? offset.Nanosecs;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxTimeOffset offset)
    {
        writer.WriteStartObject();
        if (offset.Secs != 0)
        {
            writer.WriteNumber("secs"u8, offset.Secs);
        }
        if (offset.Nanosecs != 0)
        {
            writer.WriteNumber("nanosecs"u8, offset.Nanosecs);
        }
        writer.WriteEndObject();
    }
}
