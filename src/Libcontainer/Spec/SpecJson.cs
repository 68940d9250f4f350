using System;
using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Runc.Libcontainer.Spec;

/// <summary>The serializer options shared by <see cref="SpecLoader"/> and <see cref="SpecWriter"/>: the
/// source-generated contract of <see cref="SpecJsonContext"/> adjusted to Go's encoding/json.</summary>
internal static class SpecJson
{
    internal static readonly JsonSerializerOptions Options = CreateOptions();

    internal static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    internal static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    internal static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Encoder = GoJsonEncoder.Instance,
        Indented = indented,
        IndentCharacter = '\t',
        IndentSize = 1,
        NewLine = "\n",
    };

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = SpecJsonContext.Default.WithAddedModifier(ApplyGoSemantics),
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = true,
            Encoder = GoJsonEncoder.Instance,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            Converters =
            {
                new GoValueConverter<bool>(),
                new GoValueConverter<ushort>(),
                new GoValueConverter<uint>(),
                new GoValueConverter<ulong>(),
                new GoValueConverter<int>(),
                new GoValueConverter<long>(),
            },
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// The parts of Go's encoding/json that attributes cannot say:
    /// - omitempty also drops "" and empty arrays/maps: the optional (nullable) strings and collections are written
    ///   only when non-empty; the required ones (non-nullable, such as process.cwd or syscalls[].names) always;
    /// - a JSON null leaves a non-nullable field as it was (Go's decoder ignores null for non-pointers) instead of
    ///   storing null in a property that promises not to hold one.
    /// </summary>
    private static void ApplyGoSemantics(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        foreach (JsonPropertyInfo property in typeInfo.Properties)
        {
            Type type = property.PropertyType;
            if (type.IsValueType)
            {
                continue;
            }
            if (property.IsGetNullable)
            {
                if (type == typeof(string))
                {
                    property.ShouldSerialize = static (_, value) => !string.IsNullOrEmpty((string?)value);
                }
                else if (typeof(ICollection).IsAssignableFrom(type))
                {
                    property.ShouldSerialize = static (_, value) => value is ICollection { Count: > 0 };
                }
            }
            if (!property.IsSetNullable && property.Set is { } set)
            {
                property.Set = (target, value) =>
                {
                    if (value is not null)
                    {
                        set(target, value);
                    }
                };
            }
        }
    }
}
