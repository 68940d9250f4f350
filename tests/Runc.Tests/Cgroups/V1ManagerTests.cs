using System.Collections.Generic;
using Runc.Libcontainer.Cgroups;
using Runc.Libcontainer.Cgroups.V1;
using Xunit;

namespace Runc.Tests.Cgroups;

/// <summary>The v1 driver against a temporary directory: paths as runc computes them, and the file
/// contents written for a config that sets every resource.</summary>
public class V1ManagerTests
{
    private static CgroupHost Host(string root, CgroupMode mode = CgroupMode.Hybrid) => new(mode, root,
        [
            new V1Hierarchy(root + "/cpu,cpuacct", "/", ["cpu", "cpuacct"]),
            new V1Hierarchy(root + "/memory", "/", ["memory"]),
            new V1Hierarchy(root + "/pids", "/", ["pids"]),
            new V1Hierarchy(root + "/systemd", "/", ["name=systemd"]),
        ],
        new Dictionary<string, string> { ["cpu"] = "/", ["cpuacct"] = "/", ["memory"] = "/process_api/abc", ["pids"] = "/", ["name=systemd"] = "/", [""] = "/" });

    [Fact]
    public void AbsolutePathIsUnderEachMount()
    {
        var m = new V1Manager(Host("/cg"), CgroupPath.For("id1", "/docker/id1"), null);
        Assert.Equal("/cg/cpu,cpuacct/docker/id1", m.Paths["cpu"]);
        Assert.Equal("/cg/cpu,cpuacct/docker/id1", m.Paths["cpuacct"]);
        Assert.Equal("/cg/memory/docker/id1", m.Paths["memory"]);
        Assert.Equal("/cg/systemd/docker/id1", m.Paths["name=systemd"]);
        Assert.Equal("/cg/unified/docker/id1", m.Paths[""]);
    }

    [Fact]
    public void RelativePathAndMissingPathAreUnderOurOwnCgroup()
    {
        var rel = new V1Manager(Host("/cg"), CgroupPath.For("id1", "k8s.io/id1"), null);
        Assert.Equal("/cg/memory/process_api/abc/k8s.io/id1", rel.Paths["memory"]);
        Assert.Equal("/cg/pids/k8s.io/id1", rel.Paths["pids"]);
        var dflt = new V1Manager(Host("/cg"), CgroupPath.For("id1", null), null);
        Assert.Equal("/cg/memory/process_api/abc/id1", dflt.Paths["memory"]);
        Assert.Equal("/cg/cpu,cpuacct/id1", dflt.Paths["cpu"]);
        Assert.False(new V1Manager(Host("/cg", CgroupMode.Legacy), "id1", null).Paths.ContainsKey(""));
    }

    [Theory]
    [InlineData("../../etc", "etc")]
    [InlineData("/a/../../b/", "/b")]
    [InlineData("a//b/./c", "a/b/c")]
    public void PathsAreCleanedLikeRunc(string input, string expected) => Assert.Equal(expected, CgroupPath.For("x", input));

    [Fact]
    public void MountEntriesOnePerHierarchyWithSymlinksForCoMountedControllers()
    {
        var m = new V1Manager(Host("/cg"), "/c", null);
        var e = m.MountEntries();
        Assert.Equal(4, e.Count);
        Assert.Equal("cpu,cpuacct", e[0].Name);
        Assert.Equal("/cg/cpu,cpuacct/c", e[0].Source);
        Assert.Equal(new[] { "cpu", "cpuacct" }, e[0].Symlinks);
        Assert.Equal("systemd", e[3].Name);
        Assert.Equal("name=systemd", e[3].Options);
        Assert.Empty(e[3].Symlinks);
    }

    [Fact]
    public void SetWritesEveryResourceFile()
    {
        using var fs = new FakeCgroupFs();
        var paths = new Dictionary<string, string>
        {
            ["cpu"] = fs.Dir("cpu/c", "cpu.shares", "cpu.cfs_period_us", "cpu.cfs_quota_us", "cpu.cfs_burst_us", "cpu.rt_period_us", "cpu.rt_runtime_us"),
            ["cpuset"] = fs.Dir("cpuset/c", "cpuset.cpus", "cpuset.mems"),
            ["memory"] = fs.Dir("memory/c", "memory.limit_in_bytes", "memory.memsw.limit_in_bytes", "memory.soft_limit_in_bytes", "memory.oom_control", "memory.swappiness"),
            ["pids"] = fs.Dir("pids/c", "pids.max"),
            ["blkio"] = fs.Dir("blkio/c", "blkio.weight", "blkio.leaf_weight", "blkio.weight_device", "blkio.throttle.read_bps_device", "blkio.throttle.write_bps_device", "blkio.throttle.read_iops_device", "blkio.throttle.write_iops_device"),
            ["hugetlb"] = fs.Dir("hugetlb/c", "hugetlb.2MB.limit_in_bytes"),
            ["net_cls"] = fs.Dir("net_cls/c", "net_cls.classid"),
            ["net_prio"] = fs.Dir("net_prio/c", "net_prio.ifpriomap"),
            ["rdma"] = fs.Dir("rdma/c", "rdma.max"),
        };
        // cpu.shares is read back to detect clamping: pre-seed the value the kernel would keep.
        System.IO.File.WriteAllText(paths["cpu"] + "/cpu.shares", "512");
        System.IO.File.WriteAllText(paths["memory"] + "/memory.limit_in_bytes", "9223372036854771712");
        new V1Manager(paths, []).Set(EveryResource.Create());

        Assert.Equal("512", FakeCgroupFs.Read(paths["cpu"], "cpu.shares"));
        Assert.Equal("100000", FakeCgroupFs.Read(paths["cpu"], "cpu.cfs_period_us"));
        Assert.Equal("50000", FakeCgroupFs.Read(paths["cpu"], "cpu.cfs_quota_us"));
        Assert.Equal("1000", FakeCgroupFs.Read(paths["cpu"], "cpu.cfs_burst_us"));
        Assert.Equal("1000000", FakeCgroupFs.Read(paths["cpu"], "cpu.rt_period_us"));
        Assert.Equal("5000", FakeCgroupFs.Read(paths["cpu"], "cpu.rt_runtime_us"));
        Assert.Equal("0", FakeCgroupFs.Read(paths["cpuset"], "cpuset.cpus"));
        Assert.Equal("0", FakeCgroupFs.Read(paths["cpuset"], "cpuset.mems"));
        Assert.Equal("268435456", FakeCgroupFs.Read(paths["memory"], "memory.limit_in_bytes"));
        Assert.Equal("536870912", FakeCgroupFs.Read(paths["memory"], "memory.memsw.limit_in_bytes"));
        Assert.Equal("134217728", FakeCgroupFs.Read(paths["memory"], "memory.soft_limit_in_bytes"));
        Assert.Equal("1", FakeCgroupFs.Read(paths["memory"], "memory.oom_control"));
        Assert.Equal("10", FakeCgroupFs.Read(paths["memory"], "memory.swappiness"));
        Assert.Equal("100", FakeCgroupFs.Read(paths["pids"], "pids.max"));
        Assert.Equal("500", FakeCgroupFs.Read(paths["blkio"], "blkio.weight"));
        Assert.Equal("300", FakeCgroupFs.Read(paths["blkio"], "blkio.leaf_weight"));
        Assert.Equal("8:0 200", FakeCgroupFs.Read(paths["blkio"], "blkio.weight_device"));
        Assert.Equal("8:0 1048576", FakeCgroupFs.Read(paths["blkio"], "blkio.throttle.read_bps_device"));
        Assert.Equal("8:0 2097152", FakeCgroupFs.Read(paths["blkio"], "blkio.throttle.write_bps_device"));
        Assert.Equal("8:0 100", FakeCgroupFs.Read(paths["blkio"], "blkio.throttle.read_iops_device"));
        Assert.Equal("8:0 200", FakeCgroupFs.Read(paths["blkio"], "blkio.throttle.write_iops_device"));
        Assert.Equal("4194304", FakeCgroupFs.Read(paths["hugetlb"], "hugetlb.2MB.limit_in_bytes"));
        Assert.Equal("1048577", FakeCgroupFs.Read(paths["net_cls"], "net_cls.classid"));
        Assert.Equal("eth0 5", FakeCgroupFs.Read(paths["net_prio"], "net_prio.ifpriomap"));
        Assert.Equal("mlx5_1 hca_handle=3 hca_object=10000", FakeCgroupFs.Read(paths["rdma"], "rdma.max"));
    }

    [Fact]
    public void BfqWeightFilesWinWhenPresent()
    {
        using var fs = new FakeCgroupFs();
        string dir = fs.Dir("blkio/c", "blkio.bfq.weight", "blkio.bfq.weight_device");
        new V1Manager(new Dictionary<string, string> { ["blkio"] = dir }, []).Set(new() { BlockIO = new() { Weight = 700, WeightDevice = [new() { Major = 8, Minor = 16, Weight = 20 }] } });
        Assert.Equal("700", FakeCgroupFs.Read(dir, "blkio.bfq.weight"));
        Assert.Equal("8:16 20", FakeCgroupFs.Read(dir, "blkio.bfq.weight_device"));
    }

    [Fact]
    public void OnlyTheResourcesThatAreSetAreWritten()
    {
        using var fs = new FakeCgroupFs();
        string mem = fs.Dir("memory/c", "memory.limit_in_bytes", "memory.memsw.limit_in_bytes", "memory.swappiness");
        new V1Manager(new Dictionary<string, string> { ["memory"] = mem }, []).Set(new() { Memory = new() { Limit = 1000000 } });
        Assert.Equal("1000000", FakeCgroupFs.Read(mem, "memory.limit_in_bytes"));
        Assert.Equal("", FakeCgroupFs.Read(mem, "memory.memsw.limit_in_bytes"));
        Assert.Equal("", FakeCgroupFs.Read(mem, "memory.swappiness"));
    }

    [Fact]
    public void LimitWithoutItsControllerIsRuncsError()
    {
        var m = new V1Manager(new Dictionary<string, string>(), []);
        var e = Assert.Throws<CgroupError>(() => m.Set(new() { HugepageLimits = [new() { Pagesize = "2MB", Limit = 1 }] }));
        Assert.Equal("cannot set hugetlb limit: container could not join or create cgroup", e.Message);
        var u = Assert.Throws<CgroupError>(() => m.Set(new() { Unified = new() { ["memory.high"] = "1" } }));
        Assert.Equal("invalid configuration: cannot use unified on cgroup v1", u.Message);
    }

    [Fact]
    public void ProcCgroupAndMountInfoAreParsed()
    {
        var own = CgroupHost.ParseProcCgroup("4:memory:/process_api/x\n1:cpu,cpuacct:/\n9:name=systemd:/\n0::/u\n");
        Assert.Equal("/process_api/x", own["memory"]);
        Assert.Equal("/", own["cpuacct"]);
        Assert.Equal("/u", own[""]);
        var h = CgroupHost.ParseMountInfo(
            "30 25 0:26 / /sys/fs/cgroup/cpu,cpuacct rw,nosuid - cgroup cgroup rw,cpu,cpuacct\n" +
            "31 25 0:27 / /sys/fs/cgroup/unified rw - cgroup2 cgroup2 rw\n" +
            "32 25 0:28 /sub /sys/fs/cgroup/systemd rw - cgroup cgroup rw,xattr,name=systemd\n");
        Assert.Equal(2, h.Count);
        Assert.Equal(new[] { "cpu", "cpuacct" }, h[0].Controllers);
        Assert.Equal("/sub", h[1].Root);
        Assert.Equal(new[] { "name=systemd" }, h[1].Controllers);
    }
}
