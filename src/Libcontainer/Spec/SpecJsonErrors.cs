using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Runc.Libcontainer.Spec;

/// <summary>Turns System.Text.Json exceptions into one-line <see cref="SpecException"/>s. The wording is built
/// here from positions, paths and the type metadata, never from STJ's own messages: the NativeAOT build sets
/// UseSystemResourceKeys, which replaces those messages with resource keys.</summary>
internal static class SpecJsonErrors
{
    /// <summary>The key under <see cref="Exception.Data"/> where <see cref="GoMapConverter{TValue}"/> leaves the
    /// path inside a map of a read error (".mlx5.hcaHandles"): STJ only knows the path up to the map.</summary>
    internal const string SubPathKey = "Runc.Spec.SubPath";

    internal static SpecException Empty(string source) =>
        new($"{source}: invalid JSON: the document is empty");

    /// <summary>"config.json: invalid JSON at line 3, column 5: invalid character ','".</summary>
    internal static SpecException Syntax(JsonException ex, ReadOnlySpan<byte> json, string source)
    {
        if (json.Trim(" \t\r\n"u8).IsEmpty)
        {
            return new SpecException($"{source}: invalid JSON: the document is empty", ex);
        }
        long line = ex.LineNumber ?? 0;
        long column = ex.BytePositionInLine ?? 0;
        int offset = OffsetOf(json, line, column);
        string what;
        if (offset < 0 || offset >= json.Length)
        {
            what = "unexpected end of input";
        }
        else
        {
            Rune.DecodeFromUtf8(json[offset..], out Rune rune, out _);
            what = "invalid character " + Quote(rune);
        }
        return new SpecException($"{source}: invalid JSON at line {line + 1}, column {column + 1}: {what}", ex);
    }

    /// <summary>"config.json: process.user.uid: cannot unmarshal string into an integer (uint32)".</summary>
    internal static SpecException Type(JsonException ex, ReadOnlySpan<byte> json, JsonTypeInfo root, string source)
    {
        string stjPath = ex.Path ?? "$";
        if (ex.Data[SubPathKey] is string subPath)
        {
            stjPath += subPath;
        }

        List<Segment> segments = ParsePath(stjPath);
        string field = Display(segments);
        string? expected = ExpectedType(root, segments);
        string? actual = ActualValue(json, segments);
        string reason = (expected, actual) switch
        {
            ("a string", "string") => "invalid string (not valid UTF-8, or a lone surrogate escape)",
            (not null, not null) => $"cannot unmarshal {actual} into {expected}",
            _ => "invalid value",
        };
        return field.Length == 0
            ? new SpecException($"{source}: {reason}", ex)
            : new SpecException($"{source}: {field}: {reason}", field, ex);
    }

    private static int OffsetOf(ReadOnlySpan<byte> json, long line, long column)
    {
        int start = 0;
        for (long l = 0; l < line; l++)
        {
            int nl = json[start..].IndexOf((byte)'\n');
            if (nl < 0)
            {
                return -1;
            }
            start += nl + 1;
        }
        long offset = start + column;
        return offset > json.Length ? -1 : (int)offset;
    }

    private static string Quote(Rune rune)
    {
        if (rune.Value == '\'')
        {
            return "'\\''";
        }
        if (Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) || rune == Rune.ReplacementChar)
        {
            return rune.Value switch
            {
                '\n' => "'\\n'",
                '\r' => "'\\r'",
                '\t' => "'\\t'",
                _ => "U+" + rune.Value.ToString("X4", CultureInfo.InvariantCulture),
            };
        }
        return "'" + rune.ToString() + "'";
    }

    private readonly record struct Segment(string? Name, int Index);

    /// <summary>Parses STJ's JSONPath subset: $.name, $['odd name'], [3].</summary>
    private static List<Segment> ParsePath(string path)
    {
        var segments = new List<Segment>();
        int i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = path.IndexOfAny(['.', '['], i + 1);
                if (end < 0)
                {
                    end = path.Length;
                }
                segments.Add(new Segment(path[(i + 1)..end], -1));
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                int end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    end = path.Length;
                }
                segments.Add(new Segment(path[(i + 2)..end], -1));
                i = Math.Min(end + 2, path.Length);
            }
            else if (path[i] == '[')
            {
                int end = path.IndexOf(']', i);
                if (end < 0)
                {
                    end = path.Length;
                }
                int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index);
                segments.Add(new Segment(null, index));
                i = Math.Min(end + 1, path.Length);
            }
            else
            {
                break;
            }
        }
        return segments;
    }

    /// <summary>process.user.uid, linux.namespaces[2].type, linux.sysctl["net.ipv4.ip_forward"].</summary>
    private static string Display(List<Segment> segments)
    {
        var sb = new StringBuilder();
        foreach (Segment s in segments)
        {
            if (s.Name is null)
            {
                sb.Append('[').Append(s.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (IsPlainName(s.Name))
            {
                if (sb.Length > 0)
                {
                    sb.Append('.');
                }
                sb.Append(s.Name);
            }
            else
            {
                sb.Append("[\"").Append(s.Name).Append("\"]");
            }
        }
        return sb.ToString();
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }
        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }
        return true;
    }

    private static string? ExpectedType(JsonTypeInfo root, List<Segment> segments)
    {
        JsonTypeInfo info = root;
        foreach (Segment s in segments)
        {
            Type? next = null;
            switch (info.Kind)
            {
                case JsonTypeInfoKind.Object when s.Name is not null:
                    foreach (JsonPropertyInfo p in info.Properties)
                    {
                        if (string.Equals(p.Name, s.Name, StringComparison.OrdinalIgnoreCase))
                        {
                            next = p.PropertyType;
                            break;
                        }
                    }
                    break;
                case JsonTypeInfoKind.Enumerable when s.Name is null:
                case JsonTypeInfoKind.Dictionary when s.Name is not null:
                    next = info.ElementType;
                    break;
            }
            if (next is null)
            {
                return null;
            }
            info = info.Options.GetTypeInfo(next);
        }
        return Describe(info);
    }

    private static string Describe(JsonTypeInfo info)
    {
        Type type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => "an array",
            JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "an object",
            _ when type == typeof(string) => "a string",
            _ when type == typeof(bool) => "a boolean",
            _ when type == typeof(ushort) => "an integer (uint16)",
            _ when type == typeof(uint) => "an integer (uint32)",
            _ when type == typeof(ulong) => "an integer (uint64)",
            _ when type == typeof(int) => "an integer (int32)",
            _ when type == typeof(long) => "an integer (int64)",
            _ => "a " + type.Name,
        };
    }

    /// <summary>The JSON value at the path, described as Go does: "string", "number 1.5", "array"…</summary>
    private static string? ActualValue(ReadOnlySpan<byte> json, List<Segment> segments)
    {
        try
        {
            var reader = new Utf8JsonReader(json, SpecJson.ReaderOptions);
            using JsonDocument document = JsonDocument.ParseValue(ref reader);
            JsonElement e = document.RootElement;
            foreach (Segment s in segments)
            {
                if (s.Name is null)
                {
                    if (e.ValueKind != JsonValueKind.Array || s.Index >= e.GetArrayLength())
                    {
                        return null;
                    }
                    e = e[s.Index];
                }
                else
                {
                    if (e.ValueKind != JsonValueKind.Object || !TryGetProperty(e, s.Name, out e))
                    {
                        return null;
                    }
                }
            }
            return e.ValueKind switch
            {
                JsonValueKind.String => "string",
                JsonValueKind.Number => "number " + e.GetRawText(),
                JsonValueKind.True or JsonValueKind.False => "bool",
                JsonValueKind.Array => "array",
                JsonValueKind.Object => "object",
                JsonValueKind.Null => "null",
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Exact name first, then case-insensitively; the last duplicate wins, as in the decoders.</summary>
    private static bool TryGetProperty(JsonElement obj, string name, out JsonElement value)
    {
        bool found = false;
        value = default;
        foreach (JsonProperty p in obj.EnumerateObject())
        {
            if (p.NameEquals(name))
            {
                value = p.Value;
                found = true;
            }
        }
        if (found)
        {
            return true;
        }
        foreach (JsonProperty p in obj.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = p.Value;
                found = true;
            }
        }
        return found;
    }
}
