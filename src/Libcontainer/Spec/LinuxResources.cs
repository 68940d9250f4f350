using System.Collections.Generic;
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
    [JsonConverter(typeof(GoMapConverter<LinuxRdma>))]
    public Dictionary<string, LinuxRdma>? Rdma { get; set; }

    /// <summary>cgroup v2 file name to value.</summary>
    [JsonPropertyName("unified")]
    [JsonConverter(typeof(GoMapConverter<string>))]
    public Dictionary<string, string>? Unified { get; set; }
}
