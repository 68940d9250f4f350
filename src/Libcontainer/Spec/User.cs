using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>The user the process runs as (<c>process.user</c>).</summary>
public sealed class User
{
    [JsonPropertyName("uid")]
    public uint Uid { get; set; }

    [JsonPropertyName("gid")]
    public uint Gid { get; set; }

    [JsonPropertyName("umask")]
    public uint? Umask { get; set; }

    [JsonPropertyName("additionalGids")]
    public List<uint>? AdditionalGids { get; set; }

    /// <summary>Windows only; kept so that a config round-trips.</summary>
    [JsonPropertyName("username")]
    public string? Username { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, User user)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "uid":
                    user.Uid = GoJsonReader.UInt32(ref reader) ?? user.Uid;
                    break;
                case "gid":
                    user.Gid = GoJsonReader.UInt32(ref reader) ?? user.Gid;
                    break;
                case "umask":
                    user.Umask = GoJsonReader.UInt32(ref reader);
                    break;
                case "additionalgids":
                    user.AdditionalGids = GoJsonReader.UInt32s(ref reader);
                    break;
                case "username":
                    user.Username = GoJsonReader.String(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, User user)
    {
        writer.WriteStartObject();
        writer.WriteNumber("uid"u8, user.Uid);
        writer.WriteNumber("gid"u8, user.Gid);
        GoJsonWriter.Number(writer, "umask"u8, user.Umask);
        GoJsonWriter.UInt32s(writer, "additionalGids"u8, user.AdditionalGids);
        GoJsonWriter.String(writer, "username"u8, user.Username);
        writer.WriteEndObject();
    }
}
