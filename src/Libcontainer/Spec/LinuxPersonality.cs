using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>The personality(2) domain (<c>linux.personality</c>).</summary>
public sealed class LinuxPersonality
{
    /// <summary>LINUX or LINUX32. Always written.</summary>
    [JsonPropertyName("domain")]
    public string Domain { get; set; } = "";

    [JsonPropertyName("flags")]
    public List<string>? Flags { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxPersonality personality)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "domain":
                    personality.Domain = GoJsonReader.String(ref reader) ?? personality.Domain;
                    break;
                case "flags":
                    personality.Flags = GoJsonReader.Strings(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxPersonality personality)
    {
        writer.WriteStartObject();
        writer.WriteString("domain"u8, personality.Domain);
        GoJsonWriter.Strings(writer, "flags"u8, personality.Flags);
        writer.WriteEndObject();
    }
}
