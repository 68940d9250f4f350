namespace Runc.Libcontainer.Cgroups;

/// <summary>
/// One piece of a container's "cgroup" mount: a cgroup v1 hierarchy bind-mounted at
/// &lt;dest&gt;/&lt;Name&gt; (plus symlinks for co-mounted controllers, "cpu" → "cpu,cpuacct"), or the
/// cgroup2 hierarchy at &lt;dest&gt; itself (Name "").
/// </summary>
public sealed class CgroupMountEntry
{
    /// <summary>Directory name under the mount destination ("cpu,cpuacct", "memory"); "" for cgroup2.</summary>
    public string Name { get; set; } = "";

    /// <summary>Host path of the container's cgroup in this hierarchy (bind source).</summary>
    public string Source { get; set; } = "";

    /// <summary>"cgroup" (v1 hierarchy) or "cgroup2".</summary>
    public string FsType { get; set; } = "cgroup";

    /// <summary>v1 mount option naming the controllers ("cpu,cpuacct", "name=systemd").</summary>
    public string Options { get; set; } = "";

    /// <summary>Symlinks to make beside the directory (each controller of a co-mounted hierarchy).</summary>
    public string[] Symlinks { get; set; } = System.Array.Empty<string>();
}
