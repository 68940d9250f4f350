using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Runc.Libcontainer.Spec;

/// <summary>
/// Reads JSON documents on <see cref="Utf8JsonReader"/> with Go's encoding/json rules, for the hand-written
/// <c>ReadJson</c> of each spec type (no serializer metadata, no reflection):
/// - field names match exactly or case-insensitively as Go folds them (ASCII letters, plus U+212A KELVIN SIGN for k
///   and U+017F LATIN SMALL LETTER LONG S for s): <see cref="NextField"/> hands the name ASCII-lowercased, so the
///   <c>case</c> labels of a ReadJson are the lowercased JSON names; unknown fields are skipped;
/// - null sets a nullable field (pointer, slice, map in Go) to null and leaves any other as it was; an object
///   field given twice is decoded into the object already there, a map gets the entries added, an array is replaced;
/// - a value of the wrong type or out of range throws <see cref="JsonValueException"/> at its position.
/// The value readers below are called with the reader on the value and leave it on the value's last token.
/// </summary>
internal static class GoJsonReader
{
    /// <summary>Longer field names cannot be ours (the longest is 23 characters).</summary>
    internal const int MaxFieldName = 32;

    private const int MaxEscapedFieldName = 6 * MaxFieldName;

    internal static readonly JsonReaderOptions Options = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    /// <summary>Parses the first JSON value of a document (a BOM is skipped; what follows the value is never looked
    /// at, as with Go's json.Decoder) as an object read by <paramref name="readFields"/>; null for a JSON null.
    /// Errors are one-line <see cref="SpecException"/>s that start with <paramref name="sourceName"/>.</summary>
    internal static T? ReadDocument<T>(ReadOnlySpan<byte> json, string sourceName, JsonFieldsReader<T> readFields)
        where T : class, new()
    {
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        // One pass on the happy path. Go's decoder scans the whole value before it stores any of it, so a syntax
        // error is reported even after a type error: the syntax of the value is checked once a type error is found.
        var reader = new Utf8JsonReader(json, Options);
        try
        {
            if (!reader.Read())
            {
                throw SpecJsonErrors.Empty(sourceName);
            }
            return Object(ref reader, null, readFields);
        }
        catch (JsonException ex)
        {
            throw SpecJsonErrors.Syntax(ex, json, sourceName);
        }
        catch (JsonValueException ex)
        {
            reader = new Utf8JsonReader(json, Options);
            try
            {
                reader.Read();
                reader.Skip();
            }
            catch (JsonException syntax)
            {
                throw SpecJsonErrors.Syntax(syntax, json, sourceName);
            }
            throw SpecJsonErrors.Value(ex, json[..(int)reader.BytesConsumed], sourceName);
        }
    }

    /// <summary>Moves from an object's StartObject or last value to its next field and on to that field's value:
    /// <paramref name="name"/>[..<paramref name="length"/>] is the field's name, ASCII-lowercased (see the class
    /// summary). False on the object's EndObject.</summary>
    internal static bool NextField(ref Utf8JsonReader reader, scoped Span<char> name, out int length)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            length = 0;
            return false;
        }
        length = FoldFieldName(ref reader, name);
        reader.Read();
        return true;
    }

    /// <summary>0 when the name cannot be one of ours (too long, or an escape that does not decode).</summary>
    private static int FoldFieldName(ref Utf8JsonReader reader, scoped Span<char> folded)
    {
        scoped ReadOnlySpan<byte> name = reader.ValueSpan;
        if (reader.ValueIsEscaped)
        {
            if (name.Length > MaxEscapedFieldName)
            {
                return 0;
            }
            Span<byte> unescaped = stackalloc byte[MaxEscapedFieldName];
            try
            {
                name = unescaped[..reader.CopyString(unescaped)];
            }
            catch (InvalidOperationException)
            {
                return 0;
            }
        }

        int length = 0;
        for (int i = 0; i < name.Length; i++)
        {
            if (length == folded.Length)
            {
                return 0;
            }
            byte b = name[i];
            char c;
            if (b < 0x80)
            {
                c = (char)(b is >= (byte)'A' and <= (byte)'Z' ? b | 0x20 : b);
            }
            else if (name[i..].StartsWith("\u212A"u8))
            {
                c = 'k';
                i += 2;
            }
            else if (name[i..].StartsWith("\u017F"u8))
            {
                c = 's';
                i += 1;
            }
            else
            {
                c = '\uFFFF';
            }
            folded[length++] = c;
        }
        return length;
    }

    /// <summary>An object read by <paramref name="readFields"/> into <paramref name="into"/> (a new one when null);
    /// null for a JSON null.</summary>
    internal static T? Object<T>(ref Utf8JsonReader reader, T? into, JsonFieldsReader<T> readFields)
        where T : class, new()
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Mismatch(ref reader, "an object");
        }
        into ??= new T();
        readFields(ref reader, into);
        return into;
    }

    internal static string? String(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return GetString(ref reader);
            case JsonTokenType.Null:
                return null;
            default:
                throw Mismatch(ref reader, "a string");
        }
    }

    internal static bool? Boolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        _ => throw Mismatch(ref reader, "a boolean"),
    };

    internal static ushort? UInt16(ref Utf8JsonReader reader) =>
        IsNull(ref reader) ? null
        : IsNumber(ref reader) && reader.TryGetUInt16(out ushort value) ? value
        : throw Mismatch(ref reader, "an integer (uint16)");

    internal static uint? UInt32(ref Utf8JsonReader reader) =>
        IsNull(ref reader) ? null
        : IsNumber(ref reader) && reader.TryGetUInt32(out uint value) ? value
        : throw Mismatch(ref reader, "an integer (uint32)");

    internal static ulong? UInt64(ref Utf8JsonReader reader) =>
        IsNull(ref reader) ? null
        : IsNumber(ref reader) && reader.TryGetUInt64(out ulong value) ? value
        : throw Mismatch(ref reader, "an integer (uint64)");

    internal static int? Int32(ref Utf8JsonReader reader) =>
        IsNull(ref reader) ? null
        : IsNumber(ref reader) && reader.TryGetInt32(out int value) ? value
        : throw Mismatch(ref reader, "an integer (int32)");

    internal static long? Int64(ref Utf8JsonReader reader) =>
        IsNull(ref reader) ? null
        : IsNumber(ref reader) && reader.TryGetInt64(out long value) ? value
        : throw Mismatch(ref reader, "an integer (int64)");

    /// <summary>An array of strings; a null item is "" (Go ignores null for a string).</summary>
    internal static List<string>? Strings(ref Utf8JsonReader reader) => Items(ref reader, StringItem);

    /// <summary>An array of uint32; a null item is 0.</summary>
    internal static List<uint>? UInt32s(ref Utf8JsonReader reader) => Items(ref reader, UInt32Item);

    private static string StringItem(ref Utf8JsonReader reader) => String(ref reader) ?? "";

    private static uint UInt32Item(ref Utf8JsonReader reader) => UInt32(ref reader) ?? 0;

    private static List<T>? Items<T>(ref Utf8JsonReader reader, JsonValueReader<T> readItem)
    {
        if (!StartArray(ref reader))
        {
            return null;
        }
        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(readItem(ref reader));
        }
        return list;
    }

    /// <summary>An array of objects; a null item is a new, empty object (Go ignores null for a struct).</summary>
    internal static List<T>? Objects<T>(ref Utf8JsonReader reader, JsonFieldsReader<T> readFields)
        where T : class, new() =>
        Items(ref reader, (ref Utf8JsonReader r) => Object(ref r, null, readFields) ?? new T());

    /// <summary>An object of strings added to <paramref name="into"/> (a new map when null); a null value is "".</summary>
    internal static Dictionary<string, string>? StringMap(ref Utf8JsonReader reader, Dictionary<string, string>? into) =>
        Map(ref reader, into, StringItem);

    /// <summary>An object of objects added to <paramref name="into"/> (a new map when null); a null value is a
    /// new, empty object.</summary>
    internal static Dictionary<string, T>? ObjectMap<T>(ref Utf8JsonReader reader, Dictionary<string, T>? into, JsonFieldsReader<T> readFields)
        where T : class, new() =>
        Map(ref reader, into, (ref Utf8JsonReader r) => Object(ref r, null, readFields) ?? new T());

    private static Dictionary<string, T>? Map<T>(ref Utf8JsonReader reader, Dictionary<string, T>? into, JsonValueReader<T> readValue)
    {
        if (!StartMap(ref reader))
        {
            return null;
        }
        into ??= new Dictionary<string, T>();
        while (NextKey(ref reader, out string key))
        {
            into[key] = readValue(ref reader);
        }
        return into;
    }

    private static bool StartArray(ref Utf8JsonReader reader) =>
        !IsNull(ref reader) && (reader.TokenType == JsonTokenType.StartArray ? true : throw Mismatch(ref reader, "an array"));

    private static bool StartMap(ref Utf8JsonReader reader) =>
        !IsNull(ref reader) && (reader.TokenType == JsonTokenType.StartObject ? true : throw Mismatch(ref reader, "an object"));

    /// <summary>Like <see cref="NextField"/> for a map: the key as it is.</summary>
    private static bool NextKey(ref Utf8JsonReader reader, out string key)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            key = "";
            return false;
        }
        key = GetString(ref reader);
        reader.Read();
        return true;
    }

    /// <summary>The string or property name the reader is on.</summary>
    private static string GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonValueException("invalid string (not valid UTF-8, or a lone surrogate escape)", reader.TokenStartIndex, ex);
        }
    }

    private static bool IsNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null;

    private static bool IsNumber(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Number;

    /// <summary>"cannot unmarshal string into an integer (uint32)", at the value the reader is on.</summary>
    internal static JsonValueException Mismatch(ref Utf8JsonReader reader, string expected)
    {
        string actual = reader.TokenType switch
        {
            JsonTokenType.String => "string",
            JsonTokenType.Number => "number " + Encoding.UTF8.GetString(reader.ValueSpan),
            JsonTokenType.True or JsonTokenType.False => "bool",
            JsonTokenType.StartArray => "array",
            JsonTokenType.StartObject => "object",
            JsonTokenType.Null => "null",
            _ => "value",
        };
        return new JsonValueException($"cannot unmarshal {actual} into {expected}", reader.TokenStartIndex);
    }
}
