using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>The bundle's config.json (OCI runtime-spec v1.2, specs-go <c>Spec</c>). Properties are in the Go
/// struct's field order, which is the order they are written in.</summary>
public sealed class Spec
{
    /// <summary>The runtime-spec version the bundle complies with; always written, may be empty when read.</summary>
    [JsonPropertyName("ociVersion")]
    public string OciVersion { get; set; } = "";

    [JsonPropertyName("process")]
    public Process? Process { get; set; }

    [JsonPropertyName("root")]
    public Root? Root { get; set; }

    [JsonPropertyName("hostname")]
    public string? Hostname { get; set; }

    [JsonPropertyName("domainname")]
    public string? Domainname { get; set; }

    [JsonPropertyName("mounts")]
    public List<Mount>? Mounts { get; set; }

    [JsonPropertyName("hooks")]
    public Hooks? Hooks { get; set; }

    [JsonPropertyName("annotations")]
    public Dictionary<string, string>? Annotations { get; set; }

    [JsonPropertyName("linux")]
    public Linux? Linux { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, Spec spec)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "ociversion":
                    spec.OciVersion = GoJsonReader.String(ref reader) ?? spec.OciVersion;
                    break;
                case "process":
                    spec.Process = GoJsonReader.Object(ref reader, spec.Process, Process.ReadJson);
                    break;
                case "root":
                    spec.Root = GoJsonReader.Object(ref reader, spec.Root, Root.ReadJson);
                    break;
                case "hostname":
                    spec.Hostname = GoJsonReader.String(ref reader);
                    break;
                case "domainname":
                    spec.Domainname = GoJsonReader.String(ref reader);
                    break;
                case "mounts":
                    spec.Mounts = GoJsonReader.Objects<Mount>(ref reader, Mount.ReadJson);
                    break;
                case "hooks":
                    spec.Hooks = GoJsonReader.Object(ref reader, spec.Hooks, Hooks.ReadJson);
                    break;
                case "annotations":
                    spec.Annotations = GoJsonReader.StringMap(ref reader, spec.Annotations);
                    break;
                case "linux":
                    spec.Linux = GoJsonReader.Object(ref reader, spec.Linux, Linux.ReadJson);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, Spec spec)
    {
        writer.WriteStartObject();
        writer.WriteString("ociVersion"u8, spec.OciVersion);
        GoJsonWriter.Object(writer, "process"u8, spec.Process, Process.WriteJson);
        GoJsonWriter.Object(writer, "root"u8, spec.Root, Root.WriteJson);
        GoJsonWriter.String(writer, "hostname"u8, spec.Hostname);
        GoJsonWriter.String(writer, "domainname"u8, spec.Domainname);
        GoJsonWriter.Objects(writer, "mounts"u8, spec.Mounts, Mount.WriteJson);
        GoJsonWriter.Object(writer, "hooks"u8, spec.Hooks, Hooks.WriteJson);
        GoJsonWriter.StringMap(writer, "annotations"u8, spec.Annotations);
        GoJsonWriter.Object(writer, "linux"u8, spec.Linux, Linux.WriteJson);
        writer.WriteEndObject();
    }
}
