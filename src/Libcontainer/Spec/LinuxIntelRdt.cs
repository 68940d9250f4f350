using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>Intel RDT (resctrl) settings (<c>linux.intelRdt</c>), as of runtime-spec v1.2.</summary>
public sealed class LinuxIntelRdt
{
    [JsonPropertyName("closID")]
    public string? ClosId { get; set; }

    [JsonPropertyName("l3CacheSchema")]
    public string? L3CacheSchema { get; set; }

    [JsonPropertyName("memBwSchema")]
    public string? MemBwSchema { get; set; }

    [JsonPropertyName("enableCMT")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool EnableCmt { get; set; }

    [JsonPropertyName("enableMBM")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool EnableMbm { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxIntelRdt rdt)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "closid":
                    rdt.ClosId = GoJsonReader.String(ref reader);
                    break;
                case "l3cacheschema":
                    rdt.L3CacheSchema = GoJsonReader.String(ref reader);
                    break;
                case "membwschema":
                    rdt.MemBwSchema = GoJsonReader.String(ref reader);
                    break;
                case "enablecmt":
                    rdt.EnableCmt = GoJsonReader.Boolean(ref reader) ?? rdt.EnableCmt;
                    break;
                case "enablembm":
                    rdt.EnableMbm = GoJsonReader.Boolean(ref reader) ?? rdt.EnableMbm;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxIntelRdt rdt)
    {
        writer.WriteStartObject();
        GoJsonWriter.String(writer, "closID"u8, rdt.ClosId);
        GoJsonWriter.String(writer, "l3CacheSchema"u8, rdt.L3CacheSchema);
        GoJsonWriter.String(writer, "memBwSchema"u8, rdt.MemBwSchema);
        if (rdt.EnableCmt)
        {
            writer.WriteBoolean("enableCMT"u8, true);
        }
        if (rdt.EnableMbm)
        {
            writer.WriteBoolean("enableMBM"u8, true);
        }
        writer.WriteEndObject();
    }
}
