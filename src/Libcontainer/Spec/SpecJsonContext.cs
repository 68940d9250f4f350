using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>Source-generated System.Text.Json contract of the spec types, from their [JsonPropertyName]s (no
/// reflection; AOT and trim safe): for tools and tests that walk the types, and for documents that embed a spec type
/// (InitConfig.Process). runc# reads and writes spec documents with <see cref="SpecLoader"/> and
/// <see cref="SpecWriter"/>, hand-written per type (building this contract costs milliseconds per process) and
/// exactly Go's encoding/json: this contract alone reads case-insensitively and ignores unknown fields, but lacks Go's
/// null handling, omitempty for "" and empty collections, sorted map keys and escaping.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    WriteIndented = true,
    IndentCharacter = '\t',
    IndentSize = 1,
    NewLine = "\n")]
[JsonSerializable(typeof(Spec))]
[JsonSerializable(typeof(State))]
[JsonSerializable(typeof(Process))]
[JsonSerializable(typeof(LinuxResources))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
public sealed partial class SpecJsonContext : JsonSerializerContext
{
}
