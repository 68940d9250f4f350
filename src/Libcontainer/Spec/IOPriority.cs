using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>ioprio_set(2) settings of the process group (<c>process.ioPriority</c>, Go's LinuxIOPriority).</summary>
public sealed class IOPriority
{
    /// <summary>IOPRIO_CLASS_RT, IOPRIO_CLASS_BE or IOPRIO_CLASS_IDLE. Always written.</summary>
    [JsonPropertyName("class")]
    public string Class { get; set; } = "";

    /// <summary>0 (highest) to 7 (lowest). Always written.</summary>
    [JsonPropertyName("priority")]
    public int Priority { get; set; }
}
