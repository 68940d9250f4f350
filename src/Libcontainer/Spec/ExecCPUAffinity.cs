using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>CPU affinity of an exec'd process (<c>process.execCPUAffinity</c>, Go's CPUAffinity, runtime-spec
/// v1.2.1), as cpu lists such as "0-3,7".</summary>
public sealed class ExecCPUAffinity
{
    /// <summary>Affinity before the process joins the container's cgroup.</summary>
    [JsonPropertyName("initial")]
    public string? Initial { get; set; }

    /// <summary>Affinity after it joined.</summary>
    [JsonPropertyName("final")]
    public string? Final { get; set; }
}
