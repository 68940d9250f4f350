using System.Collections.Generic;
using System.IO;
using Runc.Libcontainer.Cgroups.Stats;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V1;

/// <summary>hugetlb: hugetlb.&lt;size&gt;.limit_in_bytes per page size.</summary>
internal sealed class HugetlbController : IV1Controller
{
    public string Name => "hugetlb";

    public void Set(string path, LinuxResources r)
    {
        foreach (var h in r.HugepageLimits ?? new List<LinuxHugepageLimit>())
            CgroupFile.Write(path, $"hugetlb.{h.Pagesize}.limit_in_bytes", h.Limit);
    }

    public void Stats(string path, CgroupStats stats)
    {
        foreach (string size in PageSizes(path, ".limit_in_bytes"))
        {
            stats.Hugetlb[size] = new HugetlbStats
            {
                Usage = CgroupFile.ReadUInt(path, $"hugetlb.{size}.usage_in_bytes"),
                Max = CgroupFile.ReadUInt(path, $"hugetlb.{size}.max_usage_in_bytes"),
                Failcnt = CgroupFile.ReadUInt(path, $"hugetlb.{size}.failcnt"),
            };
        }
    }

    /// <summary>The page sizes the hierarchy has files for ("2MB", "1GB").</summary>
    internal static List<string> PageSizes(string path, string suffix)
    {
        var sizes = new List<string>();
        if (!Directory.Exists(path))
            return sizes;
        foreach (string f in Directory.GetFiles(path, "hugetlb.*" + suffix))
        {
            string name = Path.GetFileName(f);
            string mid = name["hugetlb.".Length..^suffix.Length];
            if (!mid.Contains('.'))
                sizes.Add(mid);
        }
        return sizes;
    }
}
