using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A seccomp rule (<c>linux.seccomp.syscalls[]</c>).</summary>
public sealed class LinuxSyscall
{
    /// <summary>Always written (not omitempty in Go).</summary>
    [JsonPropertyName("names")]
    public List<string> Names { get; set; } = new();

    /// <summary>An SCMP_ACT_* name. Always written.</summary>
    [JsonPropertyName("action")]
    public string Action { get; set; } = "";

    [JsonPropertyName("errnoRet")]
    public uint? ErrnoRet { get; set; }

    [JsonPropertyName("args")]
    public List<LinuxSeccompArg>? Args { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxSyscall syscall)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "names":
                    syscall.Names = GoJsonReader.Strings(ref reader) ?? syscall.Names;
                    break;
                case "action":
                    syscall.Action = GoJsonReader.String(ref reader) ?? syscall.Action;
                    break;
                case "errnoret":
                    syscall.ErrnoRet = GoJsonReader.UInt32(ref reader);
                    break;
                case "args":
                    syscall.Args = GoJsonReader.Objects<LinuxSeccompArg>(ref reader, LinuxSeccompArg.ReadJson);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxSyscall syscall)
    {
        writer.WriteStartObject();
        GoJsonWriter.Strings(writer, "names"u8, syscall.Names, omitEmpty: false);
        writer.WriteString("action"u8, syscall.Action);
        GoJsonWriter.Number(writer, "errnoRet"u8, syscall.ErrnoRet);
        GoJsonWriter.Objects(writer, "args"u8, syscall.Args, LinuxSeccompArg.WriteJson);
        writer.WriteEndObject();
    }
}
