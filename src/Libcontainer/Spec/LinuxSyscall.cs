using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A seccomp rule (<c>linux.seccomp.syscalls[]</c>).</summary>
public sealed class LinuxSyscall
{
    /// <summary>Always written (not omitempty in Go).</summary>
    [JsonPropertyName("names")]
    public List<string> Names { get; set; } = new();

    /// <summary>An SCMP_ACT_* name. Always written.</summary>
    [JsonPropertyName("action")]
    public string Action { get; set; } = "";

    [JsonPropertyName("errnoRet")]
    public uint? ErrnoRet { get; set; }

    [JsonPropertyName("args")]
    public List<LinuxSeccompArg>? Args { get; set; }
}
