using System.Collections.Generic;
using System.Text.Json.Serialization;
using Runc.Libcontainer.Cgroups;

namespace Runc.Libcontainer.Launch;

/// <summary>
/// What the parent tells the C# init besides the bundle's config.json (sent as it is): the
/// command-line options and the facts the parent worked out (rootfs path, cgroup mounts, the
/// process to run for an exec).
/// </summary>
public sealed class InitConfig
{
    /// <summary>"standard" (the container's first process) or "setns" (exec into a running container).</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = InitTypes.Standard;

    [JsonPropertyName("id")]
    public string ContainerId { get; set; } = "";

    [JsonPropertyName("bundle")]
    public string Bundle { get; set; } = "";

    /// <summary>The rootfs as an absolute host path.</summary>
    [JsonPropertyName("rootfs")]
    public string Rootfs { get; set; } = "";

    [JsonPropertyName("no_pivot")]
    public bool NoPivotRoot { get; set; }

    [JsonPropertyName("no_new_keyring")]
    public bool NoNewKeyring { get; set; }

    /// <summary>Fds 3 .. 3+PreserveFds-1 stay open for the container process.</summary>
    [JsonPropertyName("preserve_fds")]
    public int PreserveFds { get; set; }

    [JsonPropertyName("rootless_euid")]
    public bool RootlessEuid { get; set; }

    [JsonPropertyName("cgroup_mounts")]
    public List<CgroupMountEntry>? CgroupMounts { get; set; }

    /// <summary>setns: the process to run (config.json's, with exec's overrides applied).</summary>
    [JsonPropertyName("process")]
    public Spec.Process? Process { get; set; }

    /// <summary>
    /// The container may wait for `runc start` a long time (`create`, not `run`): hand the wait to
    /// the C stage when nothing else has to happen at start (see Init/StartWaiter).
    /// </summary>
    [JsonPropertyName("light_wait")]
    public bool LightWait { get; set; }

    /// <summary>The process inherits a console: the init creates a pty and sends its master here.</summary>
    [JsonPropertyName("console_socket_fd")]
    public int ConsoleSocketFd { get; set; } = -1;
}
