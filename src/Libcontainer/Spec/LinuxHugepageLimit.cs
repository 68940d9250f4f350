using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A hugetlb limit (<c>linux.resources.hugepageLimits[]</c>).</summary>
public sealed class LinuxHugepageLimit
{
    /// <summary>For example "2MB" or "1GB".</summary>
    [JsonPropertyName("pageSize")]
    public string Pagesize { get; set; } = "";

    [JsonPropertyName("limit")]
    public ulong Limit { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxHugepageLimit limit)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "pagesize":
                    limit.Pagesize = GoJsonReader.String(ref reader) ?? limit.Pagesize;
                    break;
                case "limit":
                    limit.Limit = GoJsonReader.UInt64(ref reader) ?? limit.Limit;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxHugepageLimit limit)
    {
        writer.WriteStartObject();
        writer.WriteString("pageSize"u8, limit.Pagesize);
        writer.WriteNumber("limit"u8, limit.Limit);
        writer.WriteEndObject();
    }
}
