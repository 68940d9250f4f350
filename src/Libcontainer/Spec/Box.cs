using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A console size in characters (<c>process.consoleSize</c>).</summary>
public sealed class Box
{
    [JsonPropertyName("height")]
    public uint Height { get; set; }

    [JsonPropertyName("width")]
    public uint Width { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, Box box)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "height":
                    box.Height = GoJsonReader.UInt32(ref reader) ?? box.Height;
                    break;
                case "width":
                    box.Width = GoJsonReader.UInt32(ref reader) ?? box.Width;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, Box box)
    {
        writer.WriteStartObject();
        writer.WriteNumber("height"u8, box.Height);
        writer.WriteNumber("width"u8, box.Width);
        writer.WriteEndObject();
    }
}
