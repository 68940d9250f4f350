using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>Memory cgroup settings (<c>linux.resources.memory</c>); limits are bytes, -1 means unlimited.</summary>
public sealed class LinuxMemory
{
    [JsonPropertyName("limit")]
    public long? Limit { get; set; }

    [JsonPropertyName("reservation")]
    public long? Reservation { get; set; }

    /// <summary>Memory plus swap.</summary>
    [JsonPropertyName("swap")]
    public long? Swap { get; set; }

    /// <summary>Deprecated by the spec; ignored by runc.</summary>
    [JsonPropertyName("kernel")]
    public long? Kernel { get; set; }

    [JsonPropertyName("kernelTCP")]
    public long? KernelTcp { get; set; }

    [JsonPropertyName("swappiness")]
    public ulong? Swappiness { get; set; }

    [JsonPropertyName("disableOOMKiller")]
    public bool? DisableOomKiller { get; set; }

    [JsonPropertyName("useHierarchy")]
    public bool? UseHierarchy { get; set; }

    [JsonPropertyName("checkBeforeUpdate")]
    public bool? CheckBeforeUpdate { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxMemory memory)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "limit":
                    memory.Limit = GoJsonReader.Int64(ref reader);
                    break;
                case "reservation":
                    memory.Reservation = GoJsonReader.Int64(ref reader);
                    break;
                case "swap":
                    memory.Swap = GoJsonReader.Int64(ref reader);
                    break;
                case "kernel":
                    memory.Kernel = GoJsonReader.Int64(ref reader);
                    break;
                case "kerneltcp":
                    memory.KernelTcp = GoJsonReader.Int64(ref reader);
                    break;
                case "swappiness":
                    memory.Swappiness = GoJsonReader.UInt64(ref reader);
                    break;
                case "disableoomkiller":
                    memory.DisableOomKiller = GoJsonReader.Boolean(ref reader);
                    break;
                case "usehierarchy":
                    memory.UseHierarchy = GoJsonReader.Boolean(ref reader);
                    break;
                case "checkbeforeupdate":
                    memory.CheckBeforeUpdate = GoJsonReader.Boolean(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxMemory memory)
    {
        writer.WriteStartObject();
        GoJsonWriter.Number(writer, "limit"u8, memory.Limit);
        GoJsonWriter.Number(writer, "reservation"u8, memory.Reservation);
        GoJsonWriter.Number(writer, "swap"u8, memory.Swap);
        GoJsonWriter.Number(writer, "kernel"u8, memory.Kernel);
        GoJsonWriter.Number(writer, "kernelTCP"u8, memory.KernelTcp);
        GoJsonWriter.Number(writer, "swappiness"u8, memory.Swappiness);
        GoJsonWriter.Boolean(writer, "disableOOMKiller"u8, memory.DisableOomKiller);
        GoJsonWriter.Boolean(writer, "useHierarchy"u8, memory.UseHierarchy);
        GoJsonWriter.Boolean(writer, "checkBeforeUpdate"u8, memory.CheckBeforeUpdate);
        writer.WriteEndObject();
    }
}
