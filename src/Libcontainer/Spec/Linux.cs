using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>Linux-specific configuration (<c>linux</c>).</summary>
public sealed class Linux
{
    [JsonPropertyName("uidMappings")]
    public List<LinuxIdMapping>? UidMappings { get; set; }

    [JsonPropertyName("gidMappings")]
    public List<LinuxIdMapping>? GidMappings { get; set; }

    [JsonPropertyName("sysctl")]
    public Dictionary<string, string>? Sysctl { get; set; }

    [JsonPropertyName("resources")]
    public LinuxResources? Resources { get; set; }

    [JsonPropertyName("cgroupsPath")]
    public string? CgroupsPath { get; set; }

    [JsonPropertyName("namespaces")]
    public List<LinuxNamespace>? Namespaces { get; set; }

    [JsonPropertyName("devices")]
    public List<LinuxDevice>? Devices { get; set; }

    /// <summary>Keyed by the device name on the host (added to the spec after v1.2.1, in v1.3.0).</summary>
    [JsonPropertyName("netDevices")]
    public Dictionary<string, LinuxNetDevice>? NetDevices { get; set; }

    [JsonPropertyName("seccomp")]
    public LinuxSeccomp? Seccomp { get; set; }

    [JsonPropertyName("rootfsPropagation")]
    public string? RootfsPropagation { get; set; }

    [JsonPropertyName("maskedPaths")]
    public List<string>? MaskedPaths { get; set; }

    [JsonPropertyName("readonlyPaths")]
    public List<string>? ReadonlyPaths { get; set; }

    [JsonPropertyName("mountLabel")]
    public string? MountLabel { get; set; }

    [JsonPropertyName("intelRdt")]
    public LinuxIntelRdt? IntelRdt { get; set; }

    [JsonPropertyName("personality")]
    public LinuxPersonality? Personality { get; set; }

    /// <summary>Keyed by clock name (<c>monotonic</c>, <c>boottime</c>).</summary>
    [JsonPropertyName("timeOffsets")]
    public Dictionary<string, LinuxTimeOffset>? TimeOffsets { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, Linux linux)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "uidmappings":
                    linux.UidMappings = GoJsonReader.Objects<LinuxIdMapping>(ref reader, LinuxIdMapping.ReadJson);
                    break;
                case "gidmappings":
                    linux.GidMappings = GoJsonReader.Objects<LinuxIdMapping>(ref reader, LinuxIdMapping.ReadJson);
                    break;
                case "sysctl":
                    linux.Sysctl = GoJsonReader.StringMap(ref reader, linux.Sysctl);
                    break;
                case "resources":
                    linux.Resources = GoJsonReader.Object(ref reader, linux.Resources, LinuxResources.ReadJson);
                    break;
                case "cgroupspath":
                    linux.CgroupsPath = GoJsonReader.String(ref reader);
                    break;
                case "namespaces":
                    linux.Namespaces = GoJsonReader.Objects<LinuxNamespace>(ref reader, LinuxNamespace.ReadJson);
                    break;
                case "devices":
                    linux.Devices = GoJsonReader.Objects<LinuxDevice>(ref reader, LinuxDevice.ReadJson);
                    break;
                case "netdevices":
                    linux.NetDevices = GoJsonReader.ObjectMap(ref reader, linux.NetDevices, LinuxNetDevice.ReadJson);
                    break;
                case "seccomp":
                    linux.Seccomp = GoJsonReader.Object(ref reader, linux.Seccomp, LinuxSeccomp.ReadJson);
                    break;
                case "rootfspropagation":
                    linux.RootfsPropagation = GoJsonReader.String(ref reader);
                    break;
                case "maskedpaths":
                    linux.MaskedPaths = GoJsonReader.Strings(ref reader);
                    break;
                case "readonlypaths":
                    linux.ReadonlyPaths = GoJsonReader.Strings(ref reader);
                    break;
                case "mountlabel":
                    linux.MountLabel = GoJsonReader.String(ref reader);
                    break;
                case "intelrdt":
                    linux.IntelRdt = GoJsonReader.Object(ref reader, linux.IntelRdt, LinuxIntelRdt.ReadJson);
                    break;
                case "personality":
                    linux.Personality = GoJsonReader.Object(ref reader, linux.Personality, LinuxPersonality.ReadJson);
                    break;
                case "timeoffsets":
                    linux.TimeOffsets = GoJsonReader.ObjectMap(ref reader, linux.TimeOffsets, LinuxTimeOffset.ReadJson);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, Linux linux)
    {
        writer.WriteStartObject();
        GoJsonWriter.Objects(writer, "uidMappings"u8, linux.UidMappings, LinuxIdMapping.WriteJson);
        GoJsonWriter.Objects(writer, "gidMappings"u8, linux.GidMappings, LinuxIdMapping.WriteJson);
        GoJsonWriter.StringMap(writer, "sysctl"u8, linux.Sysctl);
        GoJsonWriter.Object(writer, "resources"u8, linux.Resources, LinuxResources.WriteJson);
        GoJsonWriter.String(writer, "cgroupsPath"u8, linux.CgroupsPath);
        GoJsonWriter.Objects(writer, "namespaces"u8, linux.Namespaces, LinuxNamespace.WriteJson);
        GoJsonWriter.Objects(writer, "devices"u8, linux.Devices, LinuxDevice.WriteJson);
        GoJsonWriter.ObjectMap(writer, "netDevices"u8, linux.NetDevices, LinuxNetDevice.WriteJson);
        GoJsonWriter.Object(writer, "seccomp"u8, linux.Seccomp, LinuxSeccomp.WriteJson);
        GoJsonWriter.String(writer, "rootfsPropagation"u8, linux.RootfsPropagation);
        GoJsonWriter.Strings(writer, "maskedPaths"u8, linux.MaskedPaths);
        GoJsonWriter.Strings(writer, "readonlyPaths"u8, linux.ReadonlyPaths);
        GoJsonWriter.String(writer, "mountLabel"u8, linux.MountLabel);
        GoJsonWriter.Object(writer, "intelRdt"u8, linux.IntelRdt, LinuxIntelRdt.WriteJson);
        GoJsonWriter.Object(writer, "personality"u8, linux.Personality, LinuxPersonality.WriteJson);
        GoJsonWriter.ObjectMap(writer, "timeOffsets"u8, linux.TimeOffsets, LinuxTimeOffset.WriteJson);
        writer.WriteEndObject();
    }
}
