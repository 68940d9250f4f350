using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>pids cgroup settings (<c>linux.resources.pids</c>).</summary>
public sealed class LinuxPids
{
    /// <summary>Maximum number of tasks; 0 or -1 mean no limit. Always written.</summary>
    [JsonPropertyName("limit")]
    public long Limit { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxPids pids)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "limit":
                    pids.Limit = GoJsonReader.Int64(ref reader) ?? pids.Limit;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxPids pids)
    {
        writer.WriteStartObject();
        writer.WriteNumber("limit"u8, pids.Limit);
        writer.WriteEndObject();
    }
}
