using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A namespace to create, or to join when <see cref="Path"/> is set (<c>linux.namespaces[]</c>).</summary>
public sealed class LinuxNamespace
{
    /// <summary>pid, network, mount, ipc, uts, user, cgroup or time. Always written.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    [JsonPropertyName("path")]
    public string? Path { get; set; }
}
