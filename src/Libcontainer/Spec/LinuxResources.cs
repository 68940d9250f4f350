using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>cgroup resource limits (<c>linux.resources</c>); also the document of <c>runc update --resources</c>.</summary>
public sealed class LinuxResources
{
    [JsonPropertyName("devices")]
    public List<LinuxDeviceCgroup>? Devices { get; set; }

    [JsonPropertyName("memory")]
    public LinuxMemory? Memory { get; set; }

    [JsonPropertyName("cpu")]
    public LinuxCpu? Cpu { get; set; }

    [JsonPropertyName("pids")]
    public LinuxPids? Pids { get; set; }

    [JsonPropertyName("blockIO")]
    public LinuxBlockIO? BlockIO { get; set; }

    [JsonPropertyName("hugepageLimits")]
    public List<LinuxHugepageLimit>? HugepageLimits { get; set; }

    [JsonPropertyName("network")]
    public LinuxNetwork? Network { get; set; }

    /// <summary>Keyed by RDMA device name.</summary>
    [JsonPropertyName("rdma")]
    public Dictionary<string, LinuxRdma>? Rdma { get; set; }

    /// <summary>cgroup v2 file name to value.</summary>
    [JsonPropertyName("unified")]
    public Dictionary<string, string>? Unified { get; set; }

    /// <summary>Reads the fields of a JSON object with Go's rules (see <see cref="GoJsonReader"/>).</summary>
    internal static void ReadJson(ref Utf8JsonReader reader, LinuxResources resources)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "devices":
                    resources.Devices = GoJsonReader.Objects<LinuxDeviceCgroup>(ref reader, LinuxDeviceCgroup.ReadJson);
                    break;
                case "memory":
                    resources.Memory = GoJsonReader.Object(ref reader, resources.Memory, LinuxMemory.ReadJson);
                    break;
                case "cpu":
                    resources.Cpu = GoJsonReader.Object(ref reader, resources.Cpu, LinuxCpu.ReadJson);
                    break;
                case "pids":
                    resources.Pids = GoJsonReader.Object(ref reader, resources.Pids, LinuxPids.ReadJson);
                    break;
                case "blockio":
                    resources.BlockIO = GoJsonReader.Object(ref reader, resources.BlockIO, LinuxBlockIO.ReadJson);
                    break;
                case "hugepagelimits":
                    resources.HugepageLimits = GoJsonReader.Objects<LinuxHugepageLimit>(ref reader, LinuxHugepageLimit.ReadJson);
                    break;
                case "network":
                    resources.Network = GoJsonReader.Object(ref reader, resources.Network, LinuxNetwork.ReadJson);
                    break;
                case "rdma":
                    resources.Rdma = GoJsonReader.ObjectMap(ref reader, resources.Rdma, LinuxRdma.ReadJson);
                    break;
                case "unified":
                    resources.Unified = GoJsonReader.StringMap(ref reader, resources.Unified);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Writes the object as Go's encoding/json does (see <see cref="GoJsonWriter"/>).</summary>
    internal static void WriteJson(Utf8JsonWriter writer, LinuxResources resources)
    {
        writer.WriteStartObject();
        GoJsonWriter.Objects(writer, "devices"u8, resources.Devices, LinuxDeviceCgroup.WriteJson);
        GoJsonWriter.Object(writer, "memory"u8, resources.Memory, LinuxMemory.WriteJson);
        GoJsonWriter.Object(writer, "cpu"u8, resources.Cpu, LinuxCpu.WriteJson);
        GoJsonWriter.Object(writer, "pids"u8, resources.Pids, LinuxPids.WriteJson);
        GoJsonWriter.Object(writer, "blockIO"u8, resources.BlockIO, LinuxBlockIO.WriteJson);
        GoJsonWriter.Objects(writer, "hugepageLimits"u8, resources.HugepageLimits, LinuxHugepageLimit.WriteJson);
        GoJsonWriter.Object(writer, "network"u8, resources.Network, LinuxNetwork.WriteJson);
        GoJsonWriter.ObjectMap(writer, "rdma"u8, resources.Rdma, LinuxRdma.WriteJson);
        GoJsonWriter.StringMap(writer, "unified"u8, resources.Unified);
        writer.WriteEndObject();
    }
}
