using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>Lifecycle hooks (<c>hooks</c>).</summary>
public sealed class Hooks
{
    /// <summary>Deprecated by the spec in favour of createRuntime/createContainer/startContainer; still run by runc.</summary>
    [JsonPropertyName("prestart")]
    public List<Hook>? Prestart { get; set; }

    [JsonPropertyName("createRuntime")]
    public List<Hook>? CreateRuntime { get; set; }

    [JsonPropertyName("createContainer")]
    public List<Hook>? CreateContainer { get; set; }

    [JsonPropertyName("startContainer")]
    public List<Hook>? StartContainer { get; set; }

    [JsonPropertyName("poststart")]
    public List<Hook>? Poststart { get; set; }

    [JsonPropertyName("poststop")]
    public List<Hook>? Poststop { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, Hooks hooks)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "prestart":
                    hooks.Prestart = GoJsonReader.Objects<Hook>(ref reader, Hook.ReadJson);
                    break;
                case "createruntime":
                    hooks.CreateRuntime = GoJsonReader.Objects<Hook>(ref reader, Hook.ReadJson);
                    break;
                case "createcontainer":
                    hooks.CreateContainer = GoJsonReader.Objects<Hook>(ref reader, Hook.ReadJson);
                    break;
                case "startcontainer":
                    hooks.StartContainer = GoJsonReader.Objects<Hook>(ref reader, Hook.ReadJson);
                    break;
                case "poststart":
                    hooks.Poststart = GoJsonReader.Objects<Hook>(ref reader, Hook.ReadJson);
                    break;
                case "poststop":
                    hooks.Poststop = GoJsonReader.Objects<Hook>(ref reader, Hook.ReadJson);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, Hooks hooks)
    {
        writer.WriteStartObject();
        GoJsonWriter.Objects(writer, "prestart"u8, hooks.Prestart, Hook.WriteJson);
        GoJsonWriter.Objects(writer, "createRuntime"u8, hooks.CreateRuntime, Hook.WriteJson);
        GoJsonWriter.Objects(writer, "createContainer"u8, hooks.CreateContainer, Hook.WriteJson);
        GoJsonWriter.Objects(writer, "startContainer"u8, hooks.StartContainer, Hook.WriteJson);
        GoJsonWriter.Objects(writer, "poststart"u8, hooks.Poststart, Hook.WriteJson);
        GoJsonWriter.Objects(writer, "poststop"u8, hooks.Poststop, Hook.WriteJson);
        writer.WriteEndObject();
    }
}
