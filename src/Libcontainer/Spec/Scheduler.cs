using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>sched_setattr(2) attributes of the process (<c>process.scheduler</c>).</summary>
public sealed class Scheduler
{
    /// <summary>A SCHED_* policy name. Always written.</summary>
    [JsonPropertyName("policy")]
    public string Policy { get; set; } = "";

    [JsonPropertyName("nice")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Nice { get; set; }

    [JsonPropertyName("priority")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Priority { get; set; }

    /// <summary>SCHED_FLAG_* names.</summary>
    [JsonPropertyName("flags")]
    public List<string>? Flags { get; set; }

    /// <summary>Nanoseconds (SCHED_DEADLINE).</summary>
    [JsonPropertyName("runtime")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ulong Runtime { get; set; }

    [JsonPropertyName("deadline")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ulong Deadline { get; set; }

    [JsonPropertyName("period")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ulong Period { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, Scheduler scheduler)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "policy":
                    scheduler.Policy = GoJsonReader.String(ref reader) ?? scheduler.Policy;
                    break;
                case "nice":
                    scheduler.Nice = GoJsonReader.Int32(ref reader) ?? scheduler.Nice;
                    break;
                case "priority":
                    scheduler.Priority = GoJsonReader.Int32(ref reader) ?? scheduler.Priority;
                    break;
                case "flags":
                    scheduler.Flags = GoJsonReader.Strings(ref reader);
                    break;
                case "runtime":
                    scheduler.Runtime = GoJsonReader.UInt64(ref reader) ?? scheduler.Runtime;
                    break;
                case "deadline":
                    scheduler.Deadline = GoJsonReader.UInt64(ref reader) ?? scheduler.Deadline;
                    break;
                case "period":
                    scheduler.Period = GoJsonReader.UInt64(ref reader) ?? scheduler.Period;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, Scheduler scheduler)
    {
        writer.WriteStartObject();
        writer.WriteString("policy"u8, scheduler.Policy);
        if (scheduler.Nice != 0)
        {
            writer.WriteNumber("nice"u8, scheduler.Nice);
        }
        if (scheduler.Priority != 0)
        {
            writer.WriteNumber("priority"u8, scheduler.Priority);
        }
        GoJsonWriter.Strings(writer, "flags"u8, scheduler.Flags);
        if (scheduler.Runtime != 0)
        {
            writer.WriteNumber("runtime"u8, scheduler.Runtime);
        }
        if (scheduler.Deadline != 0)
        {
            writer.WriteNumber("deadline"u8, scheduler.Deadline);
        }
        if (scheduler.Period != 0)
        {
            writer.WriteNumber("period"u8, scheduler.Period);
        }
        writer.WriteEndObject();
    }
}
