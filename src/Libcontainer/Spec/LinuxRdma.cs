using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>RDMA cgroup limits for one device (<c>linux.resources.rdma</c> value).</summary>
public sealed class LinuxRdma
{
    [JsonPropertyName("hcaHandles")]
    public uint? HcaHandles { get; set; }

    [JsonPropertyName("hcaObjects")]
    public uint? HcaObjects { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxRdma rdma)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "hcahandles":
                    rdma.HcaHandles = GoJsonReader.UInt32(ref reader);
                    break;
                case "hcaobjects":
                    rdma.HcaObjects = GoJsonReader.UInt32(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxRdma rdma)
    {
        writer.WriteStartObject();
        GoJsonWriter.Number(writer, "hcaHandles"u8, rdma.HcaHandles);
        GoJsonWriter.Number(writer, "hcaObjects"u8, rdma.HcaObjects);
        writer.WriteEndObject();
    }
}
