using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A resource limit (<c>process.rlimits[]</c>, Go's POSIXRlimit); all fields always written.</summary>
public sealed class PosixRlimit
{
    /// <summary>An RLIMIT_* name.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    [JsonPropertyName("hard")]
    public ulong Hard { get; set; }

    [JsonPropertyName("soft")]
    public ulong Soft { get; set; }
}
