using System.Collections.Generic;
using System.IO;
using Runc.Libcontainer.Cgroups;
using Runc.Libcontainer.Cgroups.V2;
using Xunit;

namespace Runc.Tests.Cgroups;

/// <summary>The v2 driver against a temporary directory: creation enables the controllers down the
/// tree, and the converted values runc writes for a config that sets every resource.</summary>
public class V2ManagerTests
{
    [Fact]
    public void PathIsUnderTheMountOrOurOwnCgroup()
    {
        var host = new CgroupHost(CgroupMode.Unified, "/sys/fs/cgroup", [], new Dictionary<string, string> { [""] = "/user.slice/x" });
        Assert.Equal("/sys/fs/cgroup/docker/id", V2Manager.For(host, "/docker/id", null).Paths[""]);
        Assert.Equal("/sys/fs/cgroup/user.slice/x/id", V2Manager.For(host, CgroupPath.For("id", null), null).Paths[""]);
    }

    [Fact]
    public void ApplyEnablesControllersInEveryAncestor()
    {
        using var fs = new FakeCgroupFs();
        File.WriteAllText(Path.Combine(fs.Root, "cgroup.controllers"), "cpu io memory pids\n");
        File.WriteAllText(Path.Combine(fs.Root, "cgroup.subtree_control"), "");
        // The fake files only exist where we make them: pre-make the parent with its control file.
        fs.Dir("a", "cgroup.subtree_control");
        var m = new V2Manager(fs.Root, fs.Root + "/a/b", null, skipDevices: true);
        m.Apply(0);
        Assert.True(Directory.Exists(fs.Root + "/a/b"));
        Assert.Equal("+cpu +io +memory +pids", FakeCgroupFs.Read(fs.Root, "cgroup.subtree_control"));
        Assert.Equal("+cpu +io +memory +pids", FakeCgroupFs.Read(fs.Root + "/a", "cgroup.subtree_control"));
    }

    [Fact]
    public void SetWritesEveryResourceFileConverted()
    {
        using var fs = new FakeCgroupFs();
        string dir = fs.Dir("c", "pids.max", "memory.max", "memory.swap.max", "memory.low", "io.weight", "io.max",
            "cpu.weight", "cpu.idle", "cpu.max", "cpu.max.burst", "cpuset.cpus", "cpuset.mems", "hugetlb.2MB.max", "rdma.max", "memory.high");
        var r = EveryResource.Create(unified: true);
        new V2Manager(fs.Root, dir, null, skipDevices: true).Set(r);
        Assert.Equal("100", FakeCgroupFs.Read(dir, "pids.max"));
        Assert.Equal("268435456", FakeCgroupFs.Read(dir, "memory.max"));
        Assert.Equal("268435456", FakeCgroupFs.Read(dir, "memory.swap.max")); // 512M memory+swap − 256M
        Assert.Equal("134217728", FakeCgroupFs.Read(dir, "memory.low"));
        Assert.Equal("4950", FakeCgroupFs.Read(dir, "io.weight")); // 1 + (500−10)·9999/990
        Assert.Equal("8:0 wiops=200", FakeCgroupFs.Read(dir, "io.max"));
        Assert.Equal("20", FakeCgroupFs.Read(dir, "cpu.weight")); // 1 + (512−2)·9999/262142
        Assert.Equal("1", FakeCgroupFs.Read(dir, "cpu.idle"));
        Assert.Equal("50000 100000", FakeCgroupFs.Read(dir, "cpu.max"));
        Assert.Equal("1000", FakeCgroupFs.Read(dir, "cpu.max.burst"));
        Assert.Equal("0", FakeCgroupFs.Read(dir, "cpuset.cpus"));
        Assert.Equal("4194304", FakeCgroupFs.Read(dir, "hugetlb.2MB.max"));
        Assert.Equal("mlx5_1 hca_handle=3 hca_object=10000", FakeCgroupFs.Read(dir, "rdma.max"));
        Assert.Equal("200000000", FakeCgroupFs.Read(dir, "memory.high"));
    }

    [Fact]
    public void BfqGetsTheBlkioScale()
    {
        using var fs = new FakeCgroupFs();
        string dir = fs.Dir("c", "io.bfq.weight", "io.weight");
        new V2Manager(fs.Root, dir, null, skipDevices: true).Set(new() { BlockIO = new() { Weight = 500 } });
        Assert.Equal("500", FakeCgroupFs.Read(dir, "io.bfq.weight"));
        Assert.Equal("", FakeCgroupFs.Read(dir, "io.weight"));
    }

    [Fact]
    public void UnknownUnifiedKeyNamesTheController()
    {
        using var fs = new FakeCgroupFs();
        File.WriteAllText(Path.Combine(fs.Root, "cgroup.controllers"), "cpu memory\n");
        string dir = fs.Dir("c");
        var e = Assert.Throws<CgroupError>(() => new V2Manager(fs.Root, dir, null, skipDevices: true).Set(new() { Unified = new() { ["bogus.max"] = "1" } }));
        Assert.Equal("unified resource \"bogus.max\" can't be set: controller \"bogus\" not available", e.Message);
    }

    [Theory]
    [InlineData(0UL, 0UL)]
    [InlineData(2UL, 1UL)]
    [InlineData(1024UL, 39UL)]
    [InlineData(262144UL, 10000UL)]
    public void SharesToWeight(ulong shares, ulong weight) => Assert.Equal(weight, CgroupV2Conversions.CpuSharesToWeight(shares));

    [Theory]
    [InlineData(10UL, 1UL)]
    [InlineData(1000UL, 10000UL)]
    public void BlkioWeightToIoWeight(ulong w, ulong io) => Assert.Equal(io, CgroupV2Conversions.BlkioWeightToIoWeight(w));

    [Theory]
    [InlineData(0L, -1L, -1L)]
    [InlineData(0L, 100L, 0L)]
    [InlineData(-1L, 100L, -1L)]
    [InlineData(300L, 100L, 200L)]
    [InlineData(100L, 100L, 0L)]
    public void SwapIsMemoryPlusSwapMinusLimit(long swap, long memory, long expected) =>
        Assert.Equal(expected, CgroupV2Conversions.MemorySwapToV2(swap, memory));

    [Fact]
    public void SwapWithoutLimitOrBelowLimitFails()
    {
        Assert.Equal("unable to set swap limit without memory limit", Assert.Throws<CgroupError>(() => CgroupV2Conversions.MemorySwapToV2(100, 0)).Message);
        Assert.Equal("memory+swap limit should be >= memory limit", Assert.Throws<CgroupError>(() => CgroupV2Conversions.MemorySwapToV2(50, 100)).Message);
    }
}
