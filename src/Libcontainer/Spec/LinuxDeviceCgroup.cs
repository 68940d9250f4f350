using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A device cgroup rule (<c>linux.resources.devices[]</c>); absent major/minor mean "any".</summary>
public sealed class LinuxDeviceCgroup
{
    /// <summary>Always written.</summary>
    [JsonPropertyName("allow")]
    public bool Allow { get; set; }

    /// <summary>a (all, the default), b or c.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("major")]
    public long? Major { get; set; }

    [JsonPropertyName("minor")]
    public long? Minor { get; set; }

    /// <summary>Some of r, w, m.</summary>
    [JsonPropertyName("access")]
    public string? Access { get; set; }
}
