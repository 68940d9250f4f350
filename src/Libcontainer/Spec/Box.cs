using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A console size in characters (<c>process.consoleSize</c>).</summary>
public sealed class Box
{
    [JsonPropertyName("height")]
    public uint Height { get; set; }

    [JsonPropertyName("width")]
    public uint Width { get; set; }
}
