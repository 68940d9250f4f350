using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>Reads and writes the integer and boolean fields as STJ does, except that a JSON null leaves the
/// value at its default instead of failing, as Go's decoder ignores null for non-pointer fields (nullable
/// properties still read null as null: STJ wraps this converter for <c>T?</c>).</summary>
internal sealed class GoValueConverter<T> : JsonConverter<T>
    where T : struct
{
    public override bool HandleNull => true;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }
        if (typeof(T) == typeof(bool))
        {
            return reader.TokenType switch
            {
                JsonTokenType.True => (T)(object)true,
                JsonTokenType.False => (T)(object)false,
                _ => throw new JsonException(),
            };
        }
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException();
        }
        if (typeof(T) == typeof(ushort) && reader.TryGetUInt16(out ushort u16))
        {
            return (T)(object)u16;
        }
        if (typeof(T) == typeof(uint) && reader.TryGetUInt32(out uint u32))
        {
            return (T)(object)u32;
        }
        if (typeof(T) == typeof(ulong) && reader.TryGetUInt64(out ulong u64))
        {
            return (T)(object)u64;
        }
        if (typeof(T) == typeof(int) && reader.TryGetInt32(out int i32))
        {
            return (T)(object)i32;
        }
        if (typeof(T) == typeof(long) && reader.TryGetInt64(out long i64))
        {
            return (T)(object)i64;
        }
        throw new JsonException();
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case ushort u16:
                writer.WriteNumberValue(u16);
                break;
            case uint u32:
                writer.WriteNumberValue(u32);
                break;
            case ulong u64:
                writer.WriteNumberValue(u64);
                break;
            case int i32:
                writer.WriteNumberValue(i32);
                break;
            case long i64:
                writer.WriteNumberValue(i64);
                break;
            default:
                throw new NotSupportedException(typeof(T).Name);
        }
    }
}
