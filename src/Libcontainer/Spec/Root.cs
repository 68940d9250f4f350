using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>The container's root filesystem (<c>root</c>).</summary>
public sealed class Root
{
    /// <summary>Absolute, or relative to the bundle directory. Always written.</summary>
    [JsonPropertyName("path")]
    public string Path { get; set; } = "";

    [JsonPropertyName("readonly")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Readonly { get; set; }
}
