using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A per-device blkio weight. Major and minor come first, as Go's embedded LinuxBlockIODevice does.</summary>
public sealed class LinuxWeightDevice
{
    [JsonPropertyName("major")]
    public long Major { get; set; }

    [JsonPropertyName("minor")]
    public long Minor { get; set; }

    [JsonPropertyName("weight")]
    public ushort? Weight { get; set; }

    [JsonPropertyName("leafWeight")]
    public ushort? LeafWeight { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxWeightDevice device)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "major":
                    device.Major = GoJsonReader.Int64(ref reader) ?? device.Major;
                    break;
                case "minor":
                    device.Minor = GoJsonReader.Int64(ref reader) ?? device.Minor;
                    break;
                case "weight":
                    device.Weight = GoJsonReader.UInt16(ref reader);
                    break;
                case "leafweight":
                    device.LeafWeight = GoJsonReader.UInt16(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxWeightDevice device)
    {
        writer.WriteStartObject();
        writer.WriteNumber("major"u8, device.Major);
        writer.WriteNumber("minor"u8, device.Minor);
        GoJsonWriter.Number(writer, "weight"u8, device.Weight);
        GoJsonWriter.Number(writer, "leafWeight"u8, device.LeafWeight);
        writer.WriteEndObject();
    }
}
