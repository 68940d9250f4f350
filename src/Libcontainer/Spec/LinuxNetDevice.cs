using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A host network device moved into the container's network namespace (<c>linux.netDevices</c> value).</summary>
public sealed class LinuxNetDevice
{
    /// <summary>The name inside the container; defaults to the host name (the map key).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxNetDevice device)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "name":
                    device.Name = GoJsonReader.String(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxNetDevice device)
    {
        writer.WriteStartObject();
        GoJsonWriter.String(writer, "name"u8, device.Name);
        writer.WriteEndObject();
    }
}
