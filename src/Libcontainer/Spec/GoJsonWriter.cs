using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Runc.Libcontainer.Spec;

/// <summary>
/// Writes JSON on <see cref="Utf8JsonWriter"/> as Go's encoding/json does, for the hand-written <c>WriteJson</c> of
/// each spec type (fields in the Go struct's order): Go's string escaping (<see cref="GoJsonEncoder"/>), map keys
/// sorted, and omitempty — the helpers named after a kind of field leave out null, "" and empty arrays and maps
/// (a nullable number or boolean only when null: Go's pointer to a zero value is written).
/// </summary>
internal static class GoJsonWriter
{
    /// <summary>The document; indented is json.MarshalIndent(v, "", "\t") with no trailing newline.</summary>
    internal static byte[] ToUtf8Bytes<T>(T value, bool indented, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        var options = new JsonWriterOptions
        {
            Encoder = GoJsonEncoder.Instance,
            Indented = indented,
            IndentCharacter = '\t',
            IndentSize = 1,
            NewLine = "\n",
        };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer, value);
        }
        return buffer.WrittenSpan.ToArray();
    }

    internal static void String(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Any nullable integer: the narrower ones convert to these two and are written the same.</summary>
    internal static void Number(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ulong? value)
    {
        if (value is ulong v)
        {
            writer.WriteNumber(name, v);
        }
    }

    internal static void Number(Utf8JsonWriter writer, ReadOnlySpan<byte> name, long? value)
    {
        if (value is long v)
        {
            writer.WriteNumber(name, v);
        }
    }

    internal static void Boolean(Utf8JsonWriter writer, ReadOnlySpan<byte> name, bool? value)
    {
        if (value is bool v)
        {
            writer.WriteBoolean(name, v);
        }
    }

    internal static void Object<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, T? value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            write(writer, value);
        }
    }

    /// <summary>With <paramref name="omitEmpty"/> false, a null list is written as null and an empty one as [].</summary>
    internal static void Strings(Utf8JsonWriter writer, ReadOnlySpan<byte> name, List<string>? list, bool omitEmpty = true)
    {
        if (list is not { Count: > 0 } && omitEmpty)
        {
            return;
        }
        if (list is null)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartArray(name);
        foreach (string item in list)
        {
            writer.WriteStringValue(item);
        }
        writer.WriteEndArray();
    }

    internal static void UInt32s(Utf8JsonWriter writer, ReadOnlySpan<byte> name, List<uint>? list)
    {
        if (list is { Count: > 0 })
        {
            writer.WriteStartArray(name);
            foreach (uint item in list)
            {
                writer.WriteNumberValue(item);
            }
            writer.WriteEndArray();
        }
    }

    internal static void Objects<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, List<T>? list, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (list is { Count: > 0 })
        {
            writer.WriteStartArray(name);
            foreach (T item in list)
            {
                Item(writer, item, write);
            }
            writer.WriteEndArray();
        }
    }

    internal static void StringMap(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Dictionary<string, string>? map)
    {
        if (map is { Count: > 0 })
        {
            writer.WriteStartObject(name);
            foreach (string key in SortedKeys(map))
            {
                writer.WriteString(key, map[key]);
            }
            writer.WriteEndObject();
        }
    }

    internal static void ObjectMap<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Dictionary<string, T>? map, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (map is { Count: > 0 })
        {
            writer.WriteStartObject(name);
            foreach (string key in SortedKeys(map))
            {
                writer.WritePropertyName(key);
                Item(writer, map[key], write);
            }
            writer.WriteEndObject();
        }
    }

    private static void Item<T>(Utf8JsonWriter writer, T? item, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (item is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            write(writer, item);
        }
    }

    private static string[] SortedKeys<T>(Dictionary<string, T> map)
    {
        var keys = new string[map.Count];
        map.Keys.CopyTo(keys, 0);
        Array.Sort(keys, CompareUtf8);
        return keys;
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
