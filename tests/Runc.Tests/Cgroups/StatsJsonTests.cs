using System.Text;
using Runc.Libcontainer.Cgroups.Stats;
using Xunit;

namespace Runc.Tests.Cgroups;

/// <summary>`runc events` lines follow runc's types/events.go field names and Go's omitempty.</summary>
public class StatsJsonTests
{
    [Fact]
    public void OomEventHasNoData() =>
        Assert.Equal("{\"type\":\"oom\",\"id\":\"c1\"}\n", Encoding.UTF8.GetString(StatsJson.Event("oom", "c1", null)));

    [Fact]
    public void EmptyStatsKeepRuncsAlwaysPresentFields()
    {
        string json = Encoding.UTF8.GetString(StatsJson.Event("stats", "c1", new CgroupStats()));
        Assert.Equal(
            "{\"type\":\"stats\",\"id\":\"c1\",\"data\":{\"cpu\":{\"usage\":{\"kernel\":0,\"user\":0},\"throttling\":{}}," +
            "\"cpuset\":{\"cpu_exclusive\":0,\"mem_hardwall\":0,\"mem_exclusive\":0,\"memory_migrate\":0,\"memory_spread_page\":0,\"memory_spread_slab\":0,\"memory_pressure\":0,\"sched_load_balance\":0,\"sched_relax_domain_level\":0}," +
            "\"memory\":{\"usage\":{\"limit\":0,\"failcnt\":0},\"swap\":{\"limit\":0,\"failcnt\":0},\"kernel\":{\"limit\":0,\"failcnt\":0},\"kernelTCP\":{\"limit\":0,\"failcnt\":0}}," +
            "\"pids\":{},\"blkio\":{},\"hugetlb\":{},\"intel_rdt\":{},\"network_interfaces\":null}}\n",
            json);
    }

    [Fact]
    public void ValuesUseRuncsNames()
    {
        var s = new CgroupStats();
        s.Cpu.Usage.Total = 5;
        s.Cpu.Usage.PerCpu = [2, 3];
        s.Cpu.Throttling.ThrottledPeriods = 1;
        s.Pids.Current = 2;
        s.Blkio.IoServiceBytesRecursive = [new BlkioEntry { Major = 254, Op = "Read", Value = 10 }];
        s.Hugetlb["2MB"] = new HugetlbStats { Usage = 4 };
        string json = Encoding.UTF8.GetString(StatsJson.Event("stats", "c1", s));
        Assert.Contains("\"usage\":{\"total\":5,\"percpu\":[2,3],\"kernel\":0,\"user\":0},\"throttling\":{\"throttledPeriods\":1}", json);
        Assert.Contains("\"pids\":{\"current\":2}", json);
        Assert.Contains("\"blkio\":{\"ioServiceBytesRecursive\":[{\"major\":254,\"op\":\"Read\",\"value\":10}]}", json);
        Assert.Contains("\"hugetlb\":{\"2MB\":{\"usage\":4,\"failcnt\":0}}", json);
    }
}
