using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>The OCI state of a container (specs-go <c>State</c>): what <c>runc state</c>'s OCI part holds and
/// what hooks read on stdin.</summary>
public sealed class State
{
    [JsonPropertyName("ociVersion")]
    public string OciVersion { get; set; } = "";

    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    /// <summary>creating, created, running or stopped.</summary>
    [JsonPropertyName("status")]
    public string Status { get; set; } = "";

    /// <summary>Omitted when 0, like Go's omitempty.</summary>
    [JsonPropertyName("pid")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Pid { get; set; }

    [JsonPropertyName("bundle")]
    public string Bundle { get; set; } = "";

    [JsonPropertyName("annotations")]
    [JsonConverter(typeof(GoMapConverter<string>))]
    public Dictionary<string, string>? Annotations { get; set; }
}
