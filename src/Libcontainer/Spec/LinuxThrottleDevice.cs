using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A per-device blkio rate limit (bytes or operations per second).</summary>
public sealed class LinuxThrottleDevice
{
    [JsonPropertyName("major")]
    public long Major { get; set; }

    [JsonPropertyName("minor")]
    public long Minor { get; set; }

    [JsonPropertyName("rate")]
    public ulong Rate { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxThrottleDevice device)
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
                case "rate":
                    device.Rate = GoJsonReader.UInt64(ref reader) ?? device.Rate;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxThrottleDevice device)
    {
        writer.WriteStartObject();
        writer.WriteNumber("major"u8, device.Major);
        writer.WriteNumber("minor"u8, device.Minor);
        writer.WriteNumber("rate"u8, device.Rate);
        writer.WriteEndObject();
    }
}
