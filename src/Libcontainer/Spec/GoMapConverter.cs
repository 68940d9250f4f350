using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Runc.Libcontainer.Spec;

/// <summary>A JSON object keyed by string, written with its keys sorted by their UTF-8 bytes as Go's encoding/json
/// does for maps (Dictionary would keep insertion order). Reading is the plain dictionary contract.</summary>
internal sealed class GoMapConverter<TValue> : JsonConverter<Dictionary<string, TValue>>
{
    public override Dictionary<string, TValue>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<Dictionary<string, TValue>>)options.GetTypeInfo(typeof(Dictionary<string, TValue>));
        try
        {
            return JsonSerializer.Deserialize(ref reader, info);
        }
        catch (JsonException ex)
        {
            // A nested JsonSerializer call has its own root ("$"); hand the outer serializer a path-less error so
            // that it records where the map is, and keep the inner part for SpecLoader's message.
            var rethrown = new JsonException(null, ex);
            rethrown.Data[SpecJsonErrors.SubPathKey] = ex.Path is { Length: > 0 } p && p[0] == '$' ? p.Substring(1) : "";
            throw rethrown;
        }
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, TValue> value, JsonSerializerOptions options)
    {
        var keys = new string[value.Count];
        value.Keys.CopyTo(keys, 0);
        Array.Sort(keys, CompareUtf8);
        var valueInfo = (JsonTypeInfo<TValue>)options.GetTypeInfo(typeof(TValue));
        writer.WriteStartObject();
        foreach (string key in keys)
        {
            writer.WritePropertyName(key);
            JsonSerializer.Serialize(writer, value[key], valueInfo);
        }
        writer.WriteEndObject();
    }

    /// <summary>Go sorts map keys as byte strings; UTF-8 byte order is code point order, which differs from
    /// UTF-16 ordinal order only for characters above U+FFFF.</summary>
    private static int CompareUtf8(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            Rune.DecodeFromUtf16(a.AsSpan(i), out Rune ra, out int na);
            Rune.DecodeFromUtf16(b.AsSpan(j), out Rune rb, out int nb);
            int c = ra.Value.CompareTo(rb.Value);
            if (c != 0)
            {
                return c;
            }
            i += na;
            j += nb;
        }
        return (a.Length - i).CompareTo(b.Length - j);
    }
}
