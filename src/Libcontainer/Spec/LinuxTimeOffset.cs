using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A clock offset for a new time namespace (<c>linux.timeOffsets</c> value).</summary>
public sealed class LinuxTimeOffset
{
    [JsonPropertyName("secs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public long Secs { get; set; }

    [JsonPropertyName("nanosecs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public uint Nanosecs { get; set; }
}
