using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.State;

/// <summary>
/// What runc# keeps in &lt;root&gt;/&lt;id&gt;/state.json: enough to find, signal, exec into and clean up the
/// container. The bundle's config.json is kept beside it as config.json, byte for byte. Read and written by hand
/// (<see cref="ReadJson"/>, <see cref="WriteJson"/>: every state/start/kill/delete/list reads it, and serializer
/// metadata would cost more than the rest of those commands); the [JsonPropertyName]s document the same names.
/// </summary>
public sealed class ContainerState
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    [JsonPropertyName("init_process_pid")]
    public int InitProcessPid { get; set; }

    /// <summary>Start time of the init (clock ticks since boot, /proc/pid/stat field 22): tells pid reuse apart.</summary>
    [JsonPropertyName("init_process_start")]
    public ulong InitProcessStart { get; set; }

    [JsonPropertyName("created")]
    public DateTime Created { get; set; }

    [JsonPropertyName("oci_version")]
    public string OciVersion { get; set; } = "";

    [JsonPropertyName("bundle")]
    public string Bundle { get; set; } = "";

    [JsonPropertyName("rootfs")]
    public string Rootfs { get; set; } = "";

    [JsonPropertyName("owner")]
    public string Owner { get; set; } = "";

    [JsonPropertyName("annotations")]
    public Dictionary<string, string>? Annotations { get; set; }

    /// <summary>Namespace type (as the OCI spec names it) to the path exec joins.</summary>
    [JsonPropertyName("namespace_paths")]
    public Dictionary<string, string> NamespacePaths { get; set; } = new();

    /// <summary>The cgroup the container lives in (see Cgroups.CgroupConfig).</summary>
    [JsonPropertyName("cgroup_paths")]
    public Dictionary<string, string> CgroupPaths { get; set; } = new();

    [JsonPropertyName("rootless")]
    public bool Rootless { get; set; }

    [JsonPropertyName("systemd_cgroup")]
    public bool SystemdCgroup { get; set; }

    /// <summary>The cgroup was made by us (and is removed by delete), not an existing one we joined.</summary>
    [JsonPropertyName("cgroup_owned")]
    public bool CgroupOwned { get; set; } = true;

    /// <summary>
    /// The hook lists config.json has entries in ("poststart", "poststop"…), so that start and delete
    /// parse config.json only when they have hooks to run; null in a state written before this field.
    /// </summary>
    [JsonPropertyName("hooks")]
    public List<string>? Hooks { get; set; }

    /// <summary>Reads the fields of state.json (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, ContainerState state)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "id":
                    state.Id = GoJsonReader.String(ref reader) ?? state.Id;
                    break;
                case "init_process_pid":
                    state.InitProcessPid = GoJsonReader.Int32(ref reader) ?? state.InitProcessPid;
                    break;
                case "init_process_start":
                    state.InitProcessStart = GoJsonReader.UInt64(ref reader) ?? state.InitProcessStart;
                    break;
                case "created":
                    state.Created = ReadTime(ref reader) ?? state.Created;
                    break;
                case "oci_version":
                    state.OciVersion = GoJsonReader.String(ref reader) ?? state.OciVersion;
                    break;
                case "bundle":
                    state.Bundle = GoJsonReader.String(ref reader) ?? state.Bundle;
                    break;
                case "rootfs":
                    state.Rootfs = GoJsonReader.String(ref reader) ?? state.Rootfs;
                    break;
                case "owner":
                    state.Owner = GoJsonReader.String(ref reader) ?? state.Owner;
                    break;
                case "annotations":
                    state.Annotations = GoJsonReader.StringMap(ref reader, state.Annotations);
                    break;
                case "namespace_paths":
                    state.NamespacePaths = GoJsonReader.StringMap(ref reader, state.NamespacePaths) ?? state.NamespacePaths;
                    break;
                case "cgroup_paths":
                    state.CgroupPaths = GoJsonReader.StringMap(ref reader, state.CgroupPaths) ?? state.CgroupPaths;
                    break;
                case "rootless":
                    state.Rootless = GoJsonReader.Boolean(ref reader) ?? state.Rootless;
                    break;
                case "systemd_cgroup":
                    state.SystemdCgroup = GoJsonReader.Boolean(ref reader) ?? state.SystemdCgroup;
                    break;
                case "cgroup_owned":
                    state.CgroupOwned = GoJsonReader.Boolean(ref reader) ?? state.CgroupOwned;
                    break;
                case "hooks":
                    state.Hooks = GoJsonReader.Strings(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>An ISO 8601 time such as "2026-01-02T03:04:05.1234567Z"; null for a JSON null.</summary>
    private static DateTime? ReadTime(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null
        : reader.TokenType == JsonTokenType.String && reader.TryGetDateTime(out DateTime time) ? time
        : throw GoJsonReader.Mismatch(ref reader, "a time (ISO 8601)");

    /// <summary>Writes state.json, compact, annotations only when there are some (maps in insertion order).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, ContainerState state)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, state.Id);
        writer.WriteNumber("init_process_pid"u8, state.InitProcessPid);
        writer.WriteNumber("init_process_start"u8, state.InitProcessStart);
        writer.WriteString("created"u8, state.Created);
        writer.WriteString("oci_version"u8, state.OciVersion);
        writer.WriteString("bundle"u8, state.Bundle);
        writer.WriteString("rootfs"u8, state.Rootfs);
        writer.WriteString("owner"u8, state.Owner);
        if (state.Annotations is not null)
        {
            WriteMap(writer, "annotations"u8, state.Annotations);
        }
        WriteMap(writer, "namespace_paths"u8, state.NamespacePaths);
        WriteMap(writer, "cgroup_paths"u8, state.CgroupPaths);
        writer.WriteBoolean("rootless"u8, state.Rootless);
        writer.WriteBoolean("systemd_cgroup"u8, state.SystemdCgroup);
        writer.WriteBoolean("cgroup_owned"u8, state.CgroupOwned);
        if (state.Hooks is not null)
        {
            writer.WriteStartArray("hooks"u8);
            foreach (string kind in state.Hooks)
            {
                writer.WriteStringValue(kind);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Dictionary<string, string> map)
    {
        writer.WriteStartObject(name);
        foreach (KeyValuePair<string, string> entry in map)
        {
            writer.WriteString(entry.Key, entry.Value);
        }
        writer.WriteEndObject();
    }
}
