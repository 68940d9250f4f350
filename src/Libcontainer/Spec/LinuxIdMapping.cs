using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A uid or gid mapping (<c>linux.uidMappings</c>, <c>mounts[].gidMappings</c>…); all fields always written.</summary>
public sealed class LinuxIdMapping
{
    [JsonPropertyName("containerID")]
    public uint ContainerId { get; set; }

    [JsonPropertyName("hostID")]
    public uint HostId { get; set; }

    [JsonPropertyName("size")]
    public uint Size { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxIdMapping mapping)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "containerid":
                    mapping.ContainerId = GoJsonReader.UInt32(ref reader) ?? mapping.ContainerId;
                    break;
                case "hostid":
                    mapping.HostId = GoJsonReader.UInt32(ref reader) ?? mapping.HostId;
                    break;
                case "size":
                    mapping.Size = GoJsonReader.UInt32(ref reader) ?? mapping.Size;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxIdMapping mapping)
    {
        writer.WriteStartObject();
        writer.WriteNumber("containerID"u8, mapping.ContainerId);
        writer.WriteNumber("hostID"u8, mapping.HostId);
        writer.WriteNumber("size"u8, mapping.Size);
        writer.WriteEndObject();
    }
}
