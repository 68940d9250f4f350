using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>net_cls / net_prio cgroup settings (<c>linux.resources.network</c>).</summary>
public sealed class LinuxNetwork
{
    [JsonPropertyName("classID")]
    public uint? ClassId { get; set; }

    [JsonPropertyName("priorities")]
    public List<LinuxInterfacePriority>? Priorities { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxNetwork network)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "classid":
                    network.ClassId = GoJsonReader.UInt32(ref reader);
                    break;
                case "priorities":
                    network.Priorities = GoJsonReader.Objects<LinuxInterfacePriority>(ref reader, LinuxInterfacePriority.ReadJson);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxNetwork network)
    {
        writer.WriteStartObject();
        GoJsonWriter.Number(writer, "classID"u8, network.ClassId);
        GoJsonWriter.Objects(writer, "priorities"u8, network.Priorities, LinuxInterfacePriority.WriteJson);
        writer.WriteEndObject();
    }
}
