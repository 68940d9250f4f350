using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>An argument condition of a seccomp rule.</summary>
public sealed class LinuxSeccompArg
{
    [JsonPropertyName("index")]
    public uint Index { get; set; }

    [JsonPropertyName("value")]
    public ulong Value { get; set; }

    [JsonPropertyName("valueTwo")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ulong ValueTwo { get; set; }

    /// <summary>An SCMP_CMP_* name. Always written.</summary>
    [JsonPropertyName("op")]
    public string Op { get; set; } = "";
}
