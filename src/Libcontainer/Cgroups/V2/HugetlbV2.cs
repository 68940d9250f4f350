using System.Collections.Generic;
using Runc.Libcontainer.Cgroups.Stats;
using Runc.Libcontainer.Cgroups.V1;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V2;

/// <summary>hugetlb.&lt;size&gt;.max per page size.</summary>
internal static class HugetlbV2
{
    public static void Set(string path, LinuxResources r)
    {
        foreach (var h in r.HugepageLimits ?? new List<LinuxHugepageLimit>())
            CgroupFile.Write(path, $"hugetlb.{h.Pagesize}.max", h.Limit);
    }

    public static void Stats(string path, CgroupStats stats)
    {
        foreach (string size in HugetlbController.PageSizes(path, ".max"))
        {
            stats.Hugetlb[size] = new HugetlbStats
            {
                Usage = CgroupFile.ReadUInt(path, $"hugetlb.{size}.current"),
                Failcnt = CgroupFile.ReadKeyValues(path, $"hugetlb.{size}.events").GetValueOrDefault("max"),
            };
        }
    }
}
