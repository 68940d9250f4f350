using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>Capability sets of the process (<c>process.capabilities</c>), as CAP_* names.</summary>
public sealed class LinuxCapabilities
{
    [JsonPropertyName("bounding")]
    public List<string>? Bounding { get; set; }

    [JsonPropertyName("effective")]
    public List<string>? Effective { get; set; }

    [JsonPropertyName("inheritable")]
    public List<string>? Inheritable { get; set; }

    [JsonPropertyName("permitted")]
    public List<string>? Permitted { get; set; }

    [JsonPropertyName("ambient")]
    public List<string>? Ambient { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxCapabilities capabilities)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "bounding":
                    capabilities.Bounding = GoJsonReader.Strings(ref reader);
                    break;
                case "effective":
                    capabilities.Effective = GoJsonReader.Strings(ref reader);
                    break;
                case "inheritable":
                    capabilities.Inheritable = GoJsonReader.Strings(ref reader);
                    break;
                case "permitted":
                    capabilities.Permitted = GoJsonReader.Strings(ref reader);
                    break;
                case "ambient":
                    capabilities.Ambient = GoJsonReader.Strings(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxCapabilities capabilities)
    {
        writer.WriteStartObject();
        GoJsonWriter.Strings(writer, "bounding"u8, capabilities.Bounding);
        GoJsonWriter.Strings(writer, "effective"u8, capabilities.Effective);
        GoJsonWriter.Strings(writer, "inheritable"u8, capabilities.Inheritable);
        GoJsonWriter.Strings(writer, "permitted"u8, capabilities.Permitted);
        GoJsonWriter.Strings(writer, "ambient"u8, capabilities.Ambient);
        writer.WriteEndObject();
    }
}
