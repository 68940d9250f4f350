using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>CPU affinity of an exec'd process (<c>process.execCPUAffinity</c>, Go's CPUAffinity, runtime-spec
/// v1.2.1), as cpu lists such as "0-3,7".</summary>
public sealed class ExecCPUAffinity
{
    /// <summary>Affinity before the process joins the container's cgroup.</summary>
    [JsonPropertyName("initial")]
    public string? Initial { get; set; }

    /// <summary>Affinity after it joined.</summary>
    [JsonPropertyName("final")]
    public string? Final { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, ExecCPUAffinity affinity)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "initial":
                    affinity.Initial = GoJsonReader.String(ref reader);
                    break;
                case "final":
                    affinity.Final = GoJsonReader.String(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, ExecCPUAffinity affinity)
    {
        writer.WriteStartObject();
        GoJsonWriter.String(writer, "initial"u8, affinity.Initial);
        GoJsonWriter.String(writer, "final"u8, affinity.Final);
        writer.WriteEndObject();
    }
}
