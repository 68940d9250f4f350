using System;
using System.Collections.Generic;
using System.IO;
using Runc.Libcontainer.Cgroups.Stats;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V1;

/// <summary>
/// The cgroup v1 driver (runc's fs manager): one directory per mounted controller, at
/// &lt;mount&gt;&lt;cgroupsPath&gt; for an absolute path or under our own cgroup of that controller for a
/// relative one; on a hybrid host also the cgroup2 directory (key ""), which only holds the pids.
/// </summary>
public sealed class V1Manager : ICgroupManager
{
    /// <summary>The controllers runc's fs manager joins, in its order.</summary>
    private static readonly IV1Controller[] All =
    [
        new CpusetController(), new DevicesController(), new MemoryController(), new CpuController(),
        new CpuacctController(), new PidsController(), new BlkioController(), new HugetlbController(),
        new NetClsController(), new NetPrioController(), new PerfEventController(), new FreezerController(),
        new RdmaController(), new NamedHierarchyController("name=systemd"),
    ];

    private readonly Dictionary<string, string> _paths;
    private IReadOnlyList<V1Hierarchy>? _hierarchies;
    private readonly LinuxResources? _resources;
    private readonly bool _rootless;

    /// <summary>A new container's cgroup: the paths are computed, nothing is created until <see cref="Apply"/>.</summary>
    /// <param name="rootless">Skip, as rootless runc does, the hierarchies we may not create or join.</param>
    public V1Manager(CgroupHost host, string cgroupsPath, LinuxResources? resources, bool rootless = false)
    {
        _rootless = rootless;
        _hierarchies = host.Hierarchies;
        _resources = resources;
        _paths = new Dictionary<string, string>();
        foreach (var h in host.Hierarchies)
        {
            foreach (string c in h.Controllers)
            {
                if (Find(c) is null)
                    continue;
                string parent;
                if (cgroupsPath.StartsWith('/'))
                {
                    parent = h.MountPoint;
                }
                else
                {
                    string own = host.OwnCgroups.GetValueOrDefault(c, "/");
                    if (h.Root != "/" && own.StartsWith(h.Root, StringComparison.Ordinal))
                        own = own[h.Root.Length..];
                    parent = Join(h.MountPoint, own);
                }
                _paths[c] = Join(parent, cgroupsPath);
            }
        }
        if (host.Mode == CgroupMode.Hybrid)
        {
            string parent = cgroupsPath.StartsWith('/') ? host.UnifiedMount : Join(host.UnifiedMount, host.OwnCgroups.GetValueOrDefault("", "/"));
            _paths[""] = Join(parent, cgroupsPath);
        }
    }

    /// <summary>An existing container's cgroup, from the paths in its state (the hierarchies, needed only
    /// for <see cref="MountEntries"/>, are read from /proc/self/mountinfo when null).</summary>
    public V1Manager(IReadOnlyDictionary<string, string> paths, IReadOnlyList<V1Hierarchy>? hierarchies)
    {
        _paths = new Dictionary<string, string>(paths);
        _hierarchies = hierarchies;
    }

    public IReadOnlyDictionary<string, string> Paths => _paths;

    public void Apply(int pid)
    {
        var joined = new HashSet<string>();
        foreach (var c in All)
        {
            if (!_paths.TryGetValue(c.Name, out string? path))
                continue;
            if (joined.Add(path))
            {
                try
                {
                    c.Create(path, _resources);
                    if (pid > 0)
                        CgroupFile.AddPid(path, pid);
                }
                catch (CgroupError e) when (_rootless && e.IsPermission)
                {
                    RemoveKeysFor(path);
                }
            }
        }
        if (_paths.TryGetValue("", out string? unified))
        {
            try
            {
                CgroupFile.MakeDirs(unified, null);
                if (pid > 0)
                    CgroupFile.AddPid(unified, pid);
            }
            catch (CgroupError e) when (_rootless && e.IsPermission)
            {
                _paths.Remove("");
            }
        }
    }

    private void RemoveKeysFor(string path)
    {
        foreach (string key in new List<string>(_paths.Keys))
        {
            if (_paths[key] == path)
                _paths.Remove(key);
        }
    }

    /// <summary>Moves an existing process (an exec'd one) into every directory of the container's cgroup.</summary>
    public void Join(int pid)
    {
        var joined = new HashSet<string>();
        foreach (var (_, path) in _paths)
        {
            if (!joined.Add(path))
                continue;
            // No stat first: a hierarchy whose directory is gone fails the open with ENOENT.
            try
            {
                CgroupFile.AddPid(path, pid);
            }
            catch (CgroupError e) when (e.Errno == Errno.ENOENT)
            {
            }
        }
    }

    public void Set(LinuxResources? resources)
    {
        // No linux.resources still means runc's default device rules.
        resources ??= new LinuxResources();
        if (resources.Unified is { Count: > 0 })
            throw new CgroupError("invalid configuration: cannot use unified on cgroup v1");
        Require("hugetlb", resources.HugepageLimits is { Count: > 0 });
        Require("net_cls", resources.Network?.ClassId is not null and not 0u);
        Require("net_prio", resources.Network?.Priorities is { Count: > 0 });
        Require("rdma", resources.Rdma is { Count: > 0 });
        foreach (var c in All)
        {
            if (_paths.TryGetValue(c.Name, out string? path))
                c.Set(path, resources);
        }
    }

    /// <summary>runc's error for a limit whose controller the host does not have.</summary>
    private void Require(string controller, bool isSet)
    {
        if (isSet && !_paths.ContainsKey(controller))
            throw new CgroupError($"cannot set {controller} limit: container could not join or create cgroup");
    }

    public IReadOnlyList<int> GetPids() => CgroupFile.ReadPids(PidsPath());

    public IReadOnlyList<int> GetAllPids()
    {
        var pids = new List<int>();
        CgroupFile.ReadPidsRecursive(PidsPath(), pids);
        return pids;
    }

    private string PidsPath()
    {
        if (_paths.TryGetValue("devices", out string? p) || _paths.TryGetValue("freezer", out p) || _paths.TryGetValue("pids", out p))
            return p;
        foreach (var (_, path) in _paths)
            return path;
        return "";
    }

    public void Freeze() => FreezerController.Freeze(FreezerPath());

    public void Thaw() => FreezerController.Thaw(FreezerPath());

    public bool IsFrozen() => _paths.TryGetValue("freezer", out string? p) && FreezerController.IsFrozen(p);

    private string FreezerPath() => _paths.TryGetValue("freezer", out string? p) ? p : throw new CgroupError("the freezer cgroup is not mounted");

    public void Destroy()
    {
        var removed = new HashSet<string>();
        CgroupError? first = null;
        foreach (var (_, path) in _paths)
        {
            if (!removed.Add(path))
                continue;
            try
            {
                CgroupFile.RemoveTree(path);
            }
            catch (CgroupError e)
            {
                first ??= e;
            }
        }
        if (first is not null)
            throw first;
    }

    public CgroupStats Stats()
    {
        var stats = new CgroupStats();
        var seen = new HashSet<string>();
        foreach (var c in All)
        {
            if (_paths.TryGetValue(c.Name, out string? path) && seen.Add(c.Name))
                c.Stats(path, stats);
        }
        return stats;
    }

    public IReadOnlyList<CgroupMountEntry> MountEntries()
    {
        var entries = new List<CgroupMountEntry>();
        _hierarchies ??= CgroupHost.ParseMountInfo(Interop.FileIo.TryReadAllText("/proc/self/mountinfo") ?? "");
        foreach (var h in _hierarchies)
        {
            string? source = null;
            foreach (string c in h.Controllers)
            {
                if (_paths.TryGetValue(c, out source))
                    break;
            }
            if (source is null)
                continue;
            string name = Path.GetFileName(h.MountPoint);
            var links = new List<string>();
            if (h.Controllers.Length > 1)
            {
                foreach (string c in h.Controllers)
                {
                    if (c != name && !c.StartsWith("name=", StringComparison.Ordinal))
                        links.Add(c);
                }
            }
            entries.Add(new CgroupMountEntry { Name = name, Source = source, FsType = "cgroup", Options = string.Join(',', h.Controllers), Symlinks = links.ToArray() });
        }
        return entries;
    }

    private static IV1Controller? Find(string name)
    {
        foreach (var c in All)
        {
            if (c.Name == name)
                return c;
        }
        return null;
    }

    /// <summary>Joins and cleans like Go's filepath.Join ("/a/" + "b/../c" → "/a/c").</summary>
    internal static string Join(string a, string b) => CgroupPath.Clean(a + "/" + b);
}
