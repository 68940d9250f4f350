using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>Source-generated System.Text.Json metadata for the spec types (no reflection; AOT and trim safe).
/// Reading is case-insensitive and ignores unknown fields, like Go's encoding/json. Prefer <see cref="SpecLoader"/>
/// and <see cref="SpecWriter"/>: they add the rest of Go's behaviour (omitempty for empty strings and
/// collections, null leaving a value unchanged, Go's string escaping, errors that name the field).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    WriteIndented = true,
    IndentCharacter = '\t',
    IndentSize = 1,
    NewLine = "\n",
    Converters =
    [
        typeof(GoValueConverter<bool>),
        typeof(GoValueConverter<ushort>),
        typeof(GoValueConverter<uint>),
        typeof(GoValueConverter<ulong>),
        typeof(GoValueConverter<int>),
        typeof(GoValueConverter<long>),
    ])]
[JsonSerializable(typeof(Spec))]
[JsonSerializable(typeof(State))]
[JsonSerializable(typeof(Process))]
[JsonSerializable(typeof(LinuxResources))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
public sealed partial class SpecJsonContext : JsonSerializerContext
{
}
