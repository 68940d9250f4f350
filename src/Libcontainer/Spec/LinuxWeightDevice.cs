using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A per-device blkio weight. Major and minor come first, as Go's embedded LinuxBlockIODevice does.</summary>
public sealed class LinuxWeightDevice
{
    [JsonPropertyName("major")]
    public long Major { get; set; }

    [JsonPropertyName("minor")]
    public long Minor { get; set; }

    [JsonPropertyName("weight")]
    public ushort? Weight { get; set; }

    [JsonPropertyName("leafWeight")]
    public ushort? LeafWeight { get; set; }
}
