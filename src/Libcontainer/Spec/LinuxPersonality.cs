using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>The personality(2) domain (<c>linux.personality</c>).</summary>
public sealed class LinuxPersonality
{
    /// <summary>LINUX or LINUX32. Always written.</summary>
    [JsonPropertyName("domain")]
    public string Domain { get; set; } = "";

    [JsonPropertyName("flags")]
    public List<string>? Flags { get; set; }
}
