using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>An argument condition of a seccomp rule.</summary>
public sealed class LinuxSeccompArg
{
    [JsonPropertyName("index")]
    public uint Index { get; set; }

    [JsonPropertyName("value")]
    public ulong Value { get; set; }

    [JsonPropertyName("valueTwo")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ulong ValueTwo { get; set; }

    /// <summary>An SCMP_CMP_* name. Always written.</summary>
    [JsonPropertyName("op")]
    public string Op { get; set; } = "";

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxSeccompArg arg)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "index":
                    arg.Index = GoJsonReader.UInt32(ref reader) ?? arg.Index;
                    break;
                case "value":
                    arg.Value = GoJsonReader.UInt64(ref reader) ?? arg.Value;
                    break;
                case "valuetwo":
                    arg.ValueTwo = GoJsonReader.UInt64(ref reader) ?? arg.ValueTwo;
                    break;
                case "op":
                    arg.Op = GoJsonReader.String(ref reader) ?? arg.Op;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxSeccompArg arg)
    {
        writer.WriteStartObject();
        writer.WriteNumber("index"u8, arg.Index);
        writer.WriteNumber("value"u8, arg.Value);
        if (arg.ValueTwo != 0)
        {
            writer.WriteNumber("valueTwo"u8, arg.ValueTwo);
        }
        writer.WriteString("op"u8, arg.Op);
        writer.WriteEndObject();
    }
}
