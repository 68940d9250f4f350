using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A uid or gid mapping (<c>linux.uidMappings</c>, <c>mounts[].gidMappings</c>…); all fields always written.</summary>
public sealed class LinuxIdMapping
{
    [JsonPropertyName("containerID")]
    public uint ContainerId { get; set; }

    [JsonPropertyName("hostID")]
    public uint HostId { get; set; }

    [JsonPropertyName("size")]
    public uint Size { get; set; }
}
