using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>blkio / io cgroup settings (<c>linux.resources.blockIO</c>).</summary>
public sealed class LinuxBlockIO
{
    [JsonPropertyName("weight")]
    public ushort? Weight { get; set; }

    [JsonPropertyName("leafWeight")]
    public ushort? LeafWeight { get; set; }

    [JsonPropertyName("weightDevice")]
    public List<LinuxWeightDevice>? WeightDevice { get; set; }

    [JsonPropertyName("throttleReadBpsDevice")]
    public List<LinuxThrottleDevice>? ThrottleReadBpsDevice { get; set; }

    [JsonPropertyName("throttleWriteBpsDevice")]
    public List<LinuxThrottleDevice>? ThrottleWriteBpsDevice { get; set; }

    [JsonPropertyName("throttleReadIOPSDevice")]
    public List<LinuxThrottleDevice>? ThrottleReadIopsDevice { get; set; }

    [JsonPropertyName("throttleWriteIOPSDevice")]
    public List<LinuxThrottleDevice>? ThrottleWriteIopsDevice { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxBlockIO blockIO)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "weight":
                    blockIO.Weight = GoJsonReader.UInt16(ref reader);
                    break;
                case "leafweight":
                    blockIO.LeafWeight = GoJsonReader.UInt16(ref reader);
                    break;
                case "weightdevice":
                    blockIO.WeightDevice = GoJsonReader.Objects<LinuxWeightDevice>(ref reader, LinuxWeightDevice.ReadJson);
                    break;
                case "throttlereadbpsdevice":
                    blockIO.ThrottleReadBpsDevice = GoJsonReader.Objects<LinuxThrottleDevice>(ref reader, LinuxThrottleDevice.ReadJson);
                    break;
                case "throttlewritebpsdevice":
                    blockIO.ThrottleWriteBpsDevice = GoJsonReader.Objects<LinuxThrottleDevice>(ref reader, LinuxThrottleDevice.ReadJson);
                    break;
                case "throttlereadiopsdevice":
                    blockIO.ThrottleReadIopsDevice = GoJsonReader.Objects<LinuxThrottleDevice>(ref reader, LinuxThrottleDevice.ReadJson);
                    break;
                case "throttlewriteiopsdevice":
                    blockIO.ThrottleWriteIopsDevice = GoJsonReader.Objects<LinuxThrottleDevice>(ref reader, LinuxThrottleDevice.ReadJson);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxBlockIO blockIO)
    {
        writer.WriteStartObject();
        GoJsonWriter.Number(writer, "weight"u8, blockIO.Weight);
        GoJsonWriter.Number(writer, "leafWeight"u8, blockIO.LeafWeight);
        GoJsonWriter.Objects(writer, "weightDevice"u8, blockIO.WeightDevice, LinuxWeightDevice.WriteJson);
        GoJsonWriter.Objects(writer, "throttleReadBpsDevice"u8, blockIO.ThrottleReadBpsDevice, LinuxThrottleDevice.WriteJson);
        GoJsonWriter.Objects(writer, "throttleWriteBpsDevice"u8, blockIO.ThrottleWriteBpsDevice, LinuxThrottleDevice.WriteJson);
        GoJsonWriter.Objects(writer, "throttleReadIOPSDevice"u8, blockIO.ThrottleReadIopsDevice, LinuxThrottleDevice.WriteJson);
        GoJsonWriter.Objects(writer, "throttleWriteIOPSDevice"u8, blockIO.ThrottleWriteIopsDevice, LinuxThrottleDevice.WriteJson);
        writer.WriteEndObject();
    }
}
