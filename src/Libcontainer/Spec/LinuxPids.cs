using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>pids cgroup settings (<c>linux.resources.pids</c>).</summary>
public sealed class LinuxPids
{
    /// <summary>Maximum number of tasks; 0 or -1 mean no limit. Always written.</summary>
    [JsonPropertyName("limit")]
    public long Limit { get; set; }
}
