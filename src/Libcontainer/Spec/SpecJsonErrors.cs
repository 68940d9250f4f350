using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Runc.Libcontainer.Spec;

/// <summary>Turns the read errors of <see cref="GoJsonReader.ReadDocument"/> into one-line
/// <see cref="SpecException"/>s. The wording is built here from positions and paths, never from System.Text.Json's
/// own messages: the NativeAOT build sets UseSystemResourceKeys, which replaces those messages with resource keys.</summary>
internal static class SpecJsonErrors
{
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

    /// <summary>"config.json: process.user.uid: cannot unmarshal string into an integer (uint32)": the field is
    /// the path to the value as the document spells it.</summary>
    internal static SpecException Value(JsonValueException ex, ReadOnlySpan<byte> json, string source)
    {
        string field = FieldAt(json, ex.Offset);
        return field.Length == 0
            ? new SpecException($"{source}: {ex.Message}", ex)
            : new SpecException($"{source}: {field}: {ex.Message}", field, ex);
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

    /// <summary>A field name, or an array index when <see cref="Name"/> is null.</summary>
    private readonly record struct Segment(string? Name, int Index);

    /// <summary>The path to the value (or map key) that starts at <paramref name="offset"/>, found by reading the
    /// document again up to there: nothing is tracked while reading without error.</summary>
    private static string FieldAt(ReadOnlySpan<byte> json, long offset)
    {
        var reader = new Utf8JsonReader(json, GoJsonReader.Options);
        var path = new List<Segment>(); // the last segment is the current place in the innermost container
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    path[^1] = new Segment(NameOf(ref reader), -1);
                    if (reader.TokenStartIndex == offset)
                    {
                        return Display(path);
                    }
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    continue;
            }
            if (path.Count > 0 && path[^1].Name is null)
            {
                path[^1] = new Segment(null, path[^1].Index + 1);
            }
            if (reader.TokenStartIndex == offset)
            {
                return Display(path);
            }
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                path.Add(new Segment("", -1));
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                path.Add(new Segment(null, -1));
            }
        }
        return "";
    }

    private static string NameOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
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
}
