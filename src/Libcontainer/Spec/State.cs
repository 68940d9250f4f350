using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>The OCI state of a container (specs-go <c>State</c>): what <c>runc state</c>'s OCI part holds and
/// what hooks read on stdin.</summary>
public sealed class State
{
    [JsonPropertyName("ociVersion")]
    public string OciVersion { get; set; } = "";

    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>creating, created, running or stopped.</summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = "";

    /// <summary>Omitted when 0, like Go's omitempty.</summary>
    [JsonPropertyName("pid")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Pid { get; set; }

    [JsonPropertyName("bundle")]
    public string Bundle { get; set; } = "";

    [JsonPropertyName("annotations")]
    public Dictionary<string, string>? Annotations { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, State state)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "ociversion":
                    state.OciVersion = GoJsonReader.String(ref reader) ?? state.OciVersion;
                    break;
                case "id":
                    state.Id = GoJsonReader.String(ref reader) ?? state.Id;
                    break;
                case "status":
                    state.Status = GoJsonReader.String(ref reader) ?? state.Status;
                    break;
                case "pid":
                    state.Pid = GoJsonReader.Int32(ref reader) ?? state.Pid;
                    break;
                case "bundle":
                    state.Bundle = GoJsonReader.String(ref reader) ?? state.Bundle;
                    break;
                case "annotations":
                    state.Annotations = GoJsonReader.StringMap(ref reader, state.Annotations);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, State state)
    {
        writer.WriteStartObject();
        writer.WriteString("ociVersion"u8, state.OciVersion);
        writer.WriteString("id"u8, state.Id);
        writer.WriteString("status"u8, state.Status);
        if (state.Pid != 0)
        {
            writer.WriteNumber("pid"u8, state.Pid);
        }
        writer.WriteString("bundle"u8, state.Bundle);
        GoJsonWriter.StringMap(writer, "annotations"u8, state.Annotations);
        writer.WriteEndObject();
    }
}
