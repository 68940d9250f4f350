using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A host network device moved into the container's network namespace (<c>linux.netDevices</c> value).</summary>
public sealed class LinuxNetDevice
{
    /// <summary>The name inside the container; defaults to the host name (the map key).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }
}
