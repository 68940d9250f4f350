using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>CPU and cpuset cgroup settings (<c>linux.resources.cpu</c>).</summary>
public sealed class LinuxCpu
{
    [JsonPropertyName("shares")]
    public ulong? Shares { get; set; }

    /// <summary>Microseconds per period; -1 means no limit.</summary>
    [JsonPropertyName("quota")]
    public long? Quota { get; set; }

    [JsonPropertyName("burst")]
    public ulong? Burst { get; set; }

    [JsonPropertyName("period")]
    public ulong? Period { get; set; }

    [JsonPropertyName("realtimeRuntime")]
    public long? RealtimeRuntime { get; set; }

    [JsonPropertyName("realtimePeriod")]
    public ulong? RealtimePeriod { get; set; }

    [JsonPropertyName("cpus")]
    public string? Cpus { get; set; }

    [JsonPropertyName("mems")]
    public string? Mems { get; set; }

    [JsonPropertyName("idle")]
    public long? Idle { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxCpu cpu)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "shares":
                    cpu.Shares = GoJsonReader.UInt64(ref reader);
                    break;
                case "quota":
                    cpu.Quota = GoJsonReader.Int64(ref reader);
                    break;
                case "burst":
                    cpu.Burst = GoJsonReader.UInt64(ref reader);
                    break;
                case "period":
                    cpu.Period = GoJsonReader.UInt64(ref reader);
                    break;
                case "realtimeruntime":
                    cpu.RealtimeRuntime = GoJsonReader.Int64(ref reader);
                    break;
                case "realtimeperiod":
                    cpu.RealtimePeriod = GoJsonReader.UInt64(ref reader);
                    break;
                case "cpus":
                    cpu.Cpus = GoJsonReader.String(ref reader);
                    break;
                case "mems":
                    cpu.Mems = GoJsonReader.String(ref reader);
                    break;
                case "idle":
                    cpu.Idle = GoJsonReader.Int64(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxCpu cpu)
    {
        writer.WriteStartObject();
        GoJsonWriter.Number(writer, "shares"u8, cpu.Shares);
        GoJsonWriter.Number(writer, "quota"u8, cpu.Quota);
        GoJsonWriter.Number(writer, "burst"u8, cpu.Burst);
        GoJsonWriter.Number(writer, "period"u8, cpu.Period);
        GoJsonWriter.Number(writer, "realtimeRuntime"u8, cpu.RealtimeRuntime);
        GoJsonWriter.Number(writer, "realtimePeriod"u8, cpu.RealtimePeriod);
        GoJsonWriter.String(writer, "cpus"u8, cpu.Cpus);
        GoJsonWriter.String(writer, "mems"u8, cpu.Mems);
        GoJsonWriter.Number(writer, "idle"u8, cpu.Idle);
        writer.WriteEndObject();
    }
}
