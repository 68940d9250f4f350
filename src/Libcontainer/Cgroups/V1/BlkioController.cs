using System;
using System.Collections.Generic;
using Runc.Libcontainer.Cgroups.Stats;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V1;

/// <summary>blkio: weights (BFQ's files when the kernel has them, else CFQ's) and throttling.</summary>
internal sealed class BlkioController : IV1Controller
{
    public string Name => "blkio";

    public void Set(string path, LinuxResources r)
    {
        if (r.BlockIO is not { } io)
            return;
        bool bfq = CgroupFile.Exists(path, "blkio.bfq.weight");
        string weightFile = bfq ? "blkio.bfq.weight" : "blkio.weight";
        string weightDeviceFile = bfq ? "blkio.bfq.weight_device" : "blkio.weight_device";
        if (io.Weight is { } w && w != 0)
            CgroupFile.Write(path, weightFile, w);
        if (io.LeafWeight is { } lw && lw != 0)
            CgroupFile.Write(path, "blkio.leaf_weight", lw);
        foreach (var wd in io.WeightDevice ?? new List<LinuxWeightDevice>())
        {
            if (wd.Weight is { } dw && dw != 0)
                CgroupFile.Write(path, weightDeviceFile, $"{wd.Major}:{wd.Minor} {dw}");
            if (wd.LeafWeight is { } dlw && dlw != 0)
                CgroupFile.Write(path, "blkio.leaf_weight_device", $"{wd.Major}:{wd.Minor} {dlw}");
        }
        Throttle(path, "blkio.throttle.read_bps_device", io.ThrottleReadBpsDevice);
        Throttle(path, "blkio.throttle.write_bps_device", io.ThrottleWriteBpsDevice);
        Throttle(path, "blkio.throttle.read_iops_device", io.ThrottleReadIopsDevice);
        Throttle(path, "blkio.throttle.write_iops_device", io.ThrottleWriteIopsDevice);
    }

    private static void Throttle(string path, string file, List<LinuxThrottleDevice>? devices)
    {
        foreach (var d in devices ?? new List<LinuxThrottleDevice>())
            CgroupFile.Write(path, file, $"{d.Major}:{d.Minor} {d.Rate}");
    }

    public void Stats(string path, CgroupStats stats)
    {
        var b = stats.Blkio;
        // CFQ's recursive files when present, else the throttle layer's (what runc reads).
        string prefix = CgroupFile.Exists(path, "blkio.io_serviced_recursive") ? "blkio." : "blkio.throttle.";
        b.IoServiceBytesRecursive = ReadEntries(path, prefix + "io_service_bytes_recursive");
        b.IoServicedRecursive = ReadEntries(path, prefix + "io_serviced_recursive");
        if (prefix == "blkio.")
        {
            b.IoQueuedRecursive = ReadEntries(path, "blkio.io_queued_recursive");
            b.IoServiceTimeRecursive = ReadEntries(path, "blkio.io_service_time_recursive");
            b.IoWaitTimeRecursive = ReadEntries(path, "blkio.io_wait_time_recursive");
            b.IoMergedRecursive = ReadEntries(path, "blkio.io_merged_recursive");
            b.IoTimeRecursive = ReadEntries(path, "blkio.time_recursive");
            b.SectorsRecursive = ReadEntries(path, "blkio.sectors_recursive");
        }
    }

    /// <summary>"maj:min Op value" or "maj:min value" lines; "Total" lines are skipped.</summary>
    internal static List<BlkioEntry> ReadEntries(string path, string file)
    {
        var list = new List<BlkioEntry>();
        string? s = CgroupFile.TryRead(path, file);
        if (s is null)
            return list;
        foreach (string line in s.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 2 || f[0] == "Total")
                continue;
            string[] mm = f[0].Split(':');
            if (mm.Length != 2)
                continue;
            var e = new BlkioEntry { Major = CgroupFile.ParseUInt(mm[0]), Minor = CgroupFile.ParseUInt(mm[1]) };
            if (f.Length == 3)
            {
                e.Op = f[1];
                e.Value = CgroupFile.ParseUInt(f[2]);
            }
            else
            {
                e.Value = CgroupFile.ParseUInt(f[1]);
            }
            list.Add(e);
        }
        return list;
    }
}
