using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>The seccomp filter (<c>linux.seccomp</c>). Actions, architectures, flags and operators stay strings
/// here; the seccomp module validates them.</summary>
public sealed class LinuxSeccomp
{
    /// <summary>An SCMP_ACT_* name. Always written.</summary>
    [JsonPropertyName("defaultAction")]
    public string DefaultAction { get; set; } = "";

    [JsonPropertyName("defaultErrnoRet")]
    public uint? DefaultErrnoRet { get; set; }

    /// <summary>SCMP_ARCH_* names.</summary>
    [JsonPropertyName("architectures")]
    public List<string>? Architectures { get; set; }

    /// <summary>SECCOMP_FILTER_FLAG_* names.</summary>
    [JsonPropertyName("flags")]
    public List<string>? Flags { get; set; }

    [JsonPropertyName("listenerPath")]
    public string? ListenerPath { get; set; }

    [JsonPropertyName("listenerMetadata")]
    public string? ListenerMetadata { get; set; }

    [JsonPropertyName("syscalls")]
    public List<LinuxSyscall>? Syscalls { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxSeccomp seccomp)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "defaultaction":
                    seccomp.DefaultAction = GoJsonReader.String(ref reader) ?? seccomp.DefaultAction;
                    break;
                case "defaulterrnoret":
                    seccomp.DefaultErrnoRet = GoJsonReader.UInt32(ref reader);
                    break;
                case "architectures":
                    seccomp.Architectures = GoJsonReader.Strings(ref reader);
                    break;
                case "flags":
                    seccomp.Flags = GoJsonReader.Strings(ref reader);
                    break;
                case "listenerpath":
                    seccomp.ListenerPath = GoJsonReader.String(ref reader);
                    break;
                case "listenermetadata":
                    seccomp.ListenerMetadata = GoJsonReader.String(ref reader);
                    break;
                case "syscalls":
                    seccomp.Syscalls = GoJsonReader.Objects<LinuxSyscall>(ref reader, LinuxSyscall.ReadJson);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxSeccomp seccomp)
    {
        writer.WriteStartObject();
        writer.WriteString("defaultAction"u8, seccomp.DefaultAction);
        GoJsonWriter.Number(writer, "defaultErrnoRet"u8, seccomp.DefaultErrnoRet);
        GoJsonWriter.Strings(writer, "architectures"u8, seccomp.Architectures);
        GoJsonWriter.Strings(writer, "flags"u8, seccomp.Flags);
        GoJsonWriter.String(writer, "listenerPath"u8, seccomp.ListenerPath);
        GoJsonWriter.String(writer, "listenerMetadata"u8, seccomp.ListenerMetadata);
        GoJsonWriter.Objects(writer, "syscalls"u8, seccomp.Syscalls, LinuxSyscall.WriteJson);
        writer.WriteEndObject();
    }
}
