using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A device node to create in the container (<c>linux.devices[]</c>).</summary>
public sealed class LinuxDevice
{
    [JsonPropertyName("path")]
    public string Path { get; set; } = "";

    /// <summary>c, u, b or p.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    [JsonPropertyName("major")]
    public long Major { get; set; }

    [JsonPropertyName("minor")]
    public long Minor { get; set; }

    /// <summary>Go's os.FileMode (uint32); permission bits of the node.</summary>
    [JsonPropertyName("fileMode")]
    public uint? FileMode { get; set; }

    [JsonPropertyName("uid")]
    public uint? Uid { get; set; }

    [JsonPropertyName("gid")]
    public uint? Gid { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxDevice device)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "path":
                    device.Path = GoJsonReader.String(ref reader) ?? device.Path;
                    break;
                case "type":
                    device.Type = GoJsonReader.String(ref reader) ?? device.Type;
                    break;
                case "major":
                    device.Major = GoJsonReader.Int64(ref reader) ?? device.Major;
                    break;
                case "minor":
                    device.Minor = GoJsonReader.Int64(ref reader) ?? device.Minor;
                    break;
                case "filemode":
                    device.FileMode = GoJsonReader.UInt32(ref reader);
                    break;
                case "uid":
                    device.Uid = GoJsonReader.UInt32(ref reader);
                    break;
                case "gid":
                    device.Gid = GoJsonReader.UInt32(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxDevice device)
    {
        writer.WriteStartObject();
        writer.WriteString("path"u8, device.Path);
        writer.WriteString("type"u8, device.Type);
        writer.WriteNumber("major"u8, device.Major);
        writer.WriteNumber("minor"u8, device.Minor);
        GoJsonWriter.Number(writer, "fileMode"u8, device.FileMode);
        GoJsonWriter.Number(writer, "uid"u8, device.Uid);
        GoJsonWriter.Number(writer, "gid"u8, device.Gid);
        writer.WriteEndObject();
    }
}
