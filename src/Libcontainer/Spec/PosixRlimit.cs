using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A resource limit (<c>process.rlimits[]</c>, Go's POSIXRlimit); all fields always written.</summary>
public sealed class PosixRlimit
{
    /// <summary>An RLIMIT_* name.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    [JsonPropertyName("hard")]
    public ulong Hard { get; set; }

    [JsonPropertyName("soft")]
    public ulong Soft { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, PosixRlimit rlimit)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "type":
                    rlimit.Type = GoJsonReader.String(ref reader) ?? rlimit.Type;
                    break;
                case "hard":
                    rlimit.Hard = GoJsonReader.UInt64(ref reader) ?? rlimit.Hard;
                    break;
                case "soft":
                    rlimit.Soft = GoJsonReader.UInt64(ref reader) ?? rlimit.Soft;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, PosixRlimit rlimit)
    {
        writer.WriteStartObject();
        writer.WriteString("type"u8, rlimit.Type);
        writer.WriteNumber("hard"u8, rlimit.Hard);
        writer.WriteNumber("soft"u8, rlimit.Soft);
        writer.WriteEndObject();
    }
}
