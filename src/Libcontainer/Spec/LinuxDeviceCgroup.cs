using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A device cgroup rule (<c>linux.resources.devices[]</c>); absent major/minor mean "any".</summary>
public sealed class LinuxDeviceCgroup
{
    /// <summary>Always written.</summary>
    [JsonPropertyName("allow")]
    public bool Allow { get; set; }

    /// <summary>a (all, the default), b or c.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("major")]
    public long? Major { get; set; }

    [JsonPropertyName("minor")]
    public long? Minor { get; set; }

    /// <summary>Some of r, w, m.</summary>
    [JsonPropertyName("access")]
    public string? Access { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxDeviceCgroup rule)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "allow":
                    rule.Allow = GoJsonReader.Boolean(ref reader) ?? rule.Allow;
                    break;
                case "type":
                    rule.Type = GoJsonReader.String(ref reader);
                    break;
                case "major":
                    rule.Major = GoJsonReader.Int64(ref reader);
                    break;
                case "minor":
                    rule.Minor = GoJsonReader.Int64(ref reader);
                    break;
                case "access":
                    rule.Access = GoJsonReader.String(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxDeviceCgroup rule)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("allow"u8, rule.Allow);
        GoJsonWriter.String(writer, "type"u8, rule.Type);
        GoJsonWriter.Number(writer, "major"u8, rule.Major);
        GoJsonWriter.Number(writer, "minor"u8, rule.Minor);
        GoJsonWriter.String(writer, "access"u8, rule.Access);
        writer.WriteEndObject();
    }
}
