using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>The container process (<c>process</c>); also the document of <c>runc exec --process</c>.</summary>
public sealed class Process
{
    [JsonPropertyName("terminal")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Terminal { get; set; }

    [JsonPropertyName("consoleSize")]
    public Box? ConsoleSize { get; set; }

    /// <summary>Always written (not omitempty in Go).</summary>
    [JsonPropertyName("user")]
    public User User { get; set; } = new();

    [JsonPropertyName("args")]
    public List<string>? Args { get; set; }

    /// <summary>Windows only; kept so that a config round-trips.</summary>
    [JsonPropertyName("commandLine")]
    public string? CommandLine { get; set; }

    [JsonPropertyName("env")]
    public List<string>? Env { get; set; }

    /// <summary>Always written (not omitempty in Go).</summary>
    [JsonPropertyName("cwd")]
    public string Cwd { get; set; } = "";

    [JsonPropertyName("capabilities")]
    public LinuxCapabilities? Capabilities { get; set; }

    [JsonPropertyName("rlimits")]
    public List<PosixRlimit>? Rlimits { get; set; }

    [JsonPropertyName("noNewPrivileges")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool NoNewPrivileges { get; set; }

    [JsonPropertyName("apparmorProfile")]
    public string? ApparmorProfile { get; set; }

    [JsonPropertyName("oomScoreAdj")]
    public int? OomScoreAdj { get; set; }

    [JsonPropertyName("scheduler")]
    public Scheduler? Scheduler { get; set; }

    [JsonPropertyName("selinuxLabel")]
    public string? SelinuxLabel { get; set; }

    [JsonPropertyName("ioPriority")]
    public IOPriority? IOPriority { get; set; }

    [JsonPropertyName("execCPUAffinity")]
    public ExecCPUAffinity? ExecCPUAffinity { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, Process process)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "terminal":
                    process.Terminal = GoJsonReader.Boolean(ref reader) ?? process.Terminal;
                    break;
                case "consolesize":
                    process.ConsoleSize = GoJsonReader.Object(ref reader, process.ConsoleSize, Box.ReadJson);
                    break;
                case "user":
                    process.User = GoJsonReader.Object(ref reader, process.User, User.ReadJson) ?? process.User;
                    break;
                case "args":
                    process.Args = GoJsonReader.Strings(ref reader);
                    break;
                case "commandline":
                    process.CommandLine = GoJsonReader.String(ref reader);
                    break;
                case "env":
                    process.Env = GoJsonReader.Strings(ref reader);
                    break;
                case "cwd":
                    process.Cwd = GoJsonReader.String(ref reader) ?? process.Cwd;
                    break;
                case "capabilities":
                    process.Capabilities = GoJsonReader.Object(ref reader, process.Capabilities, LinuxCapabilities.ReadJson);
                    break;
                case "rlimits":
                    process.Rlimits = GoJsonReader.Objects<PosixRlimit>(ref reader, PosixRlimit.ReadJson);
                    break;
                case "nonewprivileges":
                    process.NoNewPrivileges = GoJsonReader.Boolean(ref reader) ?? process.NoNewPrivileges;
                    break;
                case "apparmorprofile":
                    process.ApparmorProfile = GoJsonReader.String(ref reader);
                    break;
                case "oomscoreadj":
                    process.OomScoreAdj = GoJsonReader.Int32(ref reader);
                    break;
                case "scheduler":
                    process.Scheduler = GoJsonReader.Object(ref reader, process.Scheduler, Scheduler.ReadJson);
                    break;
                case "selinuxlabel":
                    process.SelinuxLabel = GoJsonReader.String(ref reader);
                    break;
                case "iopriority":
                    process.IOPriority = GoJsonReader.Object(ref reader, process.IOPriority, IOPriority.ReadJson);
                    break;
                case "execcpuaffinity":
                    process.ExecCPUAffinity = GoJsonReader.Object(ref reader, process.ExecCPUAffinity, ExecCPUAffinity.ReadJson);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, Process process)
    {
        writer.WriteStartObject();
        if (process.Terminal)
        {
            writer.WriteBoolean("terminal"u8, true);
        }
        GoJsonWriter.Object(writer, "consoleSize"u8, process.ConsoleSize, Box.WriteJson);
        GoJsonWriter.Object(writer, "user"u8, process.User, User.WriteJson);
        GoJsonWriter.Strings(writer, "args"u8, process.Args);
        GoJsonWriter.String(writer, "commandLine"u8, process.CommandLine);
        GoJsonWriter.Strings(writer, "env"u8, process.Env);
        writer.WriteString("cwd"u8, process.Cwd);
        GoJsonWriter.Object(writer, "capabilities"u8, process.Capabilities, LinuxCapabilities.WriteJson);
        GoJsonWriter.Objects(writer, "rlimits"u8, process.Rlimits, PosixRlimit.WriteJson);
        if (process.NoNewPrivileges)
        {
            writer.WriteBoolean("noNewPrivileges"u8, true);
        }
        GoJsonWriter.String(writer, "apparmorProfile"u8, process.ApparmorProfile);
        GoJsonWriter.Number(writer, "oomScoreAdj"u8, process.OomScoreAdj);
        GoJsonWriter.Object(writer, "scheduler"u8, process.Scheduler, Scheduler.WriteJson);
        GoJsonWriter.String(writer, "selinuxLabel"u8, process.SelinuxLabel);
        GoJsonWriter.Object(writer, "ioPriority"u8, process.IOPriority, IOPriority.WriteJson);
        GoJsonWriter.Object(writer, "execCPUAffinity"u8, process.ExecCPUAffinity, ExecCPUAffinity.WriteJson);
        writer.WriteEndObject();
    }
}
