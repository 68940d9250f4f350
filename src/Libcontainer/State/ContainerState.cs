using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Runc.Libcontainer.State;

/// <summary>
/// What runc# keeps in &lt;root&gt;/&lt;id&gt;/state.json: enough to find, signal, exec into and clean up the
/// container. The bundle's config.json is kept beside it as config.json, byte for byte.
/// </summary>
public sealed class ContainerState
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    [JsonPropertyName("init_process_pid")]
    public int InitProcessPid { get; set; }

    /// <summary>Start time of the init (clock ticks since boot, /proc/pid/stat field 22): tells pid reuse apart.</summary>
    [JsonPropertyName("init_process_start")]
    public ulong InitProcessStart { get; set; }

    [JsonPropertyName("created")]
    public DateTime Created { get; set; }

    [JsonPropertyName("oci_version")]
    public string OciVersion { get; set; } = "";

    [JsonPropertyName("bundle")]
    public string Bundle { get; set; } = "";

    [JsonPropertyName("rootfs")]
    public string Rootfs { get; set; } = "";

    [JsonPropertyName("owner")]
    public string Owner { get; set; } = "";

    [JsonPropertyName("annotations")]
    public Dictionary<string, string>? Annotations { get; set; }

    /// <summary>Namespace type (as the OCI spec names it) to the path exec joins.</summary>
    [JsonPropertyName("namespace_paths")]
    public Dictionary<string, string> NamespacePaths { get; set; } = new();

    /// <summary>The cgroup the container lives in (see Cgroups.CgroupConfig).</summary>
    [JsonPropertyName("cgroup_paths")]
    public Dictionary<string, string> CgroupPaths { get; set; } = new();

    [JsonPropertyName("rootless")]
    public bool Rootless { get; set; }

    [JsonPropertyName("systemd_cgroup")]
    public bool SystemdCgroup { get; set; }

    /// <summary>The cgroup was made by us (and is removed by delete), not an existing one we joined.</summary>
    [JsonPropertyName("cgroup_owned")]
    public bool CgroupOwned { get; set; } = true;
}
