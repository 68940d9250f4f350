using System;
using System.Collections.Generic;
using System.IO;
using Runc.Libcontainer.Cgroups.Devices;
using Runc.Libcontainer.Cgroups.Stats;
using Runc.Libcontainer.Cgroups.V1;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V2;

/// <summary>
/// The cgroup v2 driver (runc's fs2 manager): one directory under the cgroup2 mount. Creating it
/// enables every available controller in cgroup.subtree_control of each ancestor; devices are an
/// eBPF program attached to it; freezing is cgroup.freeze.
/// </summary>
public sealed class V2Manager : ICgroupManager
{
    private readonly string _root;
    private readonly string _path;
    private readonly LinuxResources? _resources;
    private readonly bool _skipDevices;

    /// <param name="root">The cgroup2 mount (/sys/fs/cgroup).</param>
    /// <param name="path">The container's directory under it.</param>
    /// <param name="skipDevices">Do not attach a device filter (unit tests on a plain directory, rootless).</param>
    public V2Manager(string root, string path, LinuxResources? resources, bool skipDevices = false)
    {
        _root = root;
        _path = path;
        _resources = resources;
        _skipDevices = skipDevices;
    }

    /// <summary>A new container's directory: &lt;mount&gt;&lt;cgroupsPath&gt;, or under our own cgroup when relative.</summary>
    public static V2Manager For(CgroupHost host, string cgroupsPath, LinuxResources? resources)
    {
        string parent = cgroupsPath.StartsWith('/') ? host.UnifiedMount : V1Manager.Join(host.UnifiedMount, host.OwnCgroups.GetValueOrDefault("", "/"));
        return new V2Manager(host.UnifiedMount, V1Manager.Join(parent, cgroupsPath), resources);
    }

    public IReadOnlyDictionary<string, string> Paths => new Dictionary<string, string> { [""] = _path };

    /// <summary>The controllers the hierarchy offers (the root's cgroup.controllers).</summary>
    private List<string> Controllers() =>
        new((CgroupFile.TryRead(_root, "cgroup.controllers") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public void Apply(int pid)
    {
        if (!_path.StartsWith(_root + "/", StringComparison.Ordinal))
            throw new CgroupError($"invalid cgroup path {_path}");
        string enable = "";
        foreach (string c in Controllers())
            enable += (enable.Length == 0 ? "+" : " +") + c;
        string current = _root;
        foreach (string part in _path[(_root.Length + 1)..].Split('/'))
        {
            // Each ancestor hands its controllers down before its child is made.
            if (enable.Length > 0)
                EnableControllers(current, enable);
            current += "/" + part;
            CgroupFile.MakeDirs(current, null);
        }
        if (pid > 0)
            CgroupFile.AddPid(_path, pid);
    }

    private static void EnableControllers(string dir, string enable)
    {
        try
        {
            CgroupFile.Write(dir, "cgroup.subtree_control", enable);
        }
        catch (CgroupError)
        {
            // One at a time: some may be unavailable here (rootless, nested); the limits that need them fail later.
            foreach (string c in enable.Split(' '))
            {
                try
                {
                    CgroupFile.Write(dir, "cgroup.subtree_control", c);
                }
                catch (CgroupError)
                {
                }
            }
        }
    }

    public void Join(int pid) => CgroupFile.AddPid(_path, pid);

    public void Set(LinuxResources? r)
    {
        // No linux.resources still means runc's default device rules.
        r ??= new LinuxResources();
        PidsController.Write(_path, r);
        MemoryV2.Set(_path, r);
        IoV2.Set(_path, r);
        CpuV2.Set(_path, r);
        if (!_skipDevices)
            DeviceFilterLoader.Attach(_path, DeviceFilter.Assemble(DeviceEmulator.From(DeviceRules.For(r))));
        HugetlbV2.Set(_path, r);
        RdmaController.Write(_path, r);
        // runc's fs2 ignores these; say so instead of silently.
        if (r.Network is { ClassId: not null and not 0u } or { Priorities.Count: > 0 })
            Logging.Logger.Warn("linux.resources.network is ignored: net_cls and net_prio do not exist on cgroup v2");
        UnifiedV2.Set(_path, r, Controllers());
    }

    public IReadOnlyList<int> GetPids() => CgroupFile.ReadPids(_path);

    public IReadOnlyList<int> GetAllPids()
    {
        var pids = new List<int>();
        CgroupFile.ReadPidsRecursive(_path, pids);
        return pids;
    }

    public void Freeze() => SetFrozen(true);

    public void Thaw() => SetFrozen(false);

    private void SetFrozen(bool frozen)
    {
        CgroupFile.Write(_path, "cgroup.freeze", frozen ? "1" : "0");
        // cgroup.events shows "frozen 1" once every task has stopped.
        for (int i = 0; i < 1000; i++)
        {
            var events = CgroupFile.ReadKeyValues(_path, "cgroup.events");
            if (!events.TryGetValue("frozen", out ulong f) || (f == 1) == frozen)
                return;
            System.Threading.Thread.Sleep(i < 10 ? 1 : 10);
        }
        throw new CgroupError($"unable to {(frozen ? "freeze" : "thaw")} {_path}: cgroup.events did not change");
    }

    public bool IsFrozen() => CgroupFile.TryRead(_path, "cgroup.freeze")?.Trim() == "1";

    public void Destroy() => CgroupFile.RemoveTree(_path);

    public CgroupStats Stats()
    {
        var stats = new CgroupStats();
        CpuV2.Stats(_path, stats);
        MemoryV2.Stats(_path, stats);
        PidsController.Read(_path, stats);
        IoV2.Stats(_path, stats);
        HugetlbV2.Stats(_path, stats);
        return stats;
    }

    public IReadOnlyList<CgroupMountEntry> MountEntries() =>
        [new CgroupMountEntry { Name = "", Source = _path, FsType = "cgroup2" }];

    /// <summary>Whether a directory is the cgroup2 hierarchy's (it has cgroup.controllers).</summary>
    internal static bool IsV2Dir(string path) => File.Exists(path + "/cgroup.controllers");
}
