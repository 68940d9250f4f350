using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>RDMA cgroup limits for one device (<c>linux.resources.rdma</c> value).</summary>
public sealed class LinuxRdma
{
    [JsonPropertyName("hcaHandles")]
    public uint? HcaHandles { get; set; }

    [JsonPropertyName("hcaObjects")]
    public uint? HcaObjects { get; set; }
}
