using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>The container's root filesystem (<c>root</c>).</summary>
public sealed class Root
{
    /// <summary>Absolute, or relative to the bundle directory. Always written.</summary>
    [JsonPropertyName("path")]
    public string Path { get; set; } = "";

    [JsonPropertyName("readonly")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Readonly { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, Root root)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "path":
                    root.Path = GoJsonReader.String(ref reader) ?? root.Path;
                    break;
                case "readonly":
                    root.Readonly = GoJsonReader.Boolean(ref reader) ?? root.Readonly;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, Root root)
    {
        writer.WriteStartObject();
        writer.WriteString("path"u8, root.Path);
        if (root.Readonly)
        {
            writer.WriteBoolean("readonly"u8, true);
        }
        writer.WriteEndObject();
    }
}
