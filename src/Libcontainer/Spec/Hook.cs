using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A command run at a lifecycle event (an entry of one of the <c>hooks</c> lists).</summary>
public sealed class Hook
{
    /// <summary>Always written.</summary>
    [JsonPropertyName("path")]
    public string Path { get; set; } = "";

    [JsonPropertyName("args")]
    public List<string>? Args { get; set; }

    [JsonPropertyName("env")]
    public List<string>? Env { get; set; }

    /// <summary>Seconds; the spec requires it to be greater than zero when set.</summary>
    [JsonPropertyName("timeout")]
    public int? Timeout { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, Hook hook)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "path":
                    hook.Path = GoJsonReader.String(ref reader) ?? hook.Path;
                    break;
                case "args":
                    hook.Args = GoJsonReader.Strings(ref reader);
                    break;
                case "env":
                    hook.Env = GoJsonReader.Strings(ref reader);
                    break;
                case "timeout":
                    hook.Timeout = GoJsonReader.Int32(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, Hook hook)
    {
        writer.WriteStartObject();
        writer.WriteString("path"u8, hook.Path);
        GoJsonWriter.Strings(writer, "args"u8, hook.Args);
        GoJsonWriter.Strings(writer, "env"u8, hook.Env);
        GoJsonWriter.Number(writer, "timeout"u8, hook.Timeout);
        writer.WriteEndObject();
    }
}
