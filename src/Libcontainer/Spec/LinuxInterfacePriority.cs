using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A net_prio priority for one interface.</summary>
public sealed class LinuxInterfacePriority
{
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    [JsonPropertyName("priority")]
    public uint Priority { get; set; }
}
