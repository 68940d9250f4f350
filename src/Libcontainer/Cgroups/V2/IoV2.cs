using System;
using System.Collections.Generic;
using Runc.Libcontainer.Cgroups.Stats;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V2;

/// <summary>io: io.bfq.weight when BFQ is there (same scale as blkio), else io.weight (converted);
/// throttling as io.max "maj:min rbps=N".</summary>
internal static class IoV2
{
    public static void Set(string path, LinuxResources r)
    {
        if (r.BlockIO is not { } io)
            return;
        bool bfq = CgroupFile.Exists(path, "io.bfq.weight");
        if (io.Weight is { } w && w != 0)
        {
            if (bfq)
                CgroupFile.Write(path, "io.bfq.weight", w);
            else
                CgroupFile.Write(path, "io.weight", CgroupV2Conversions.BlkioWeightToIoWeight(w));
        }
        if (bfq)
        {
            foreach (var wd in io.WeightDevice ?? new List<LinuxWeightDevice>())
            {
                if (wd.Weight is { } dw && dw != 0)
                    CgroupFile.Write(path, "io.bfq.weight", $"{wd.Major}:{wd.Minor} {dw}");
            }
        }
        Max(path, "rbps", io.ThrottleReadBpsDevice);
        Max(path, "wbps", io.ThrottleWriteBpsDevice);
        Max(path, "riops", io.ThrottleReadIopsDevice);
        Max(path, "wiops", io.ThrottleWriteIopsDevice);
    }

    private static void Max(string path, string key, List<LinuxThrottleDevice>? devices)
    {
        foreach (var d in devices ?? new List<LinuxThrottleDevice>())
            CgroupFile.Write(path, "io.max", $"{d.Major}:{d.Minor} {key}={d.Rate}");
    }

    /// <summary>io.stat "maj:min rbytes=N wbytes=N rios=N wios=N ..." as runc's blkio entries.</summary>
    public static void Stats(string path, CgroupStats stats)
    {
        var bytes = new List<BlkioEntry>();
        var ios = new List<BlkioEntry>();
        string? s = CgroupFile.TryRead(path, "io.stat");
        foreach (string line in (s ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string[] mm = f[0].Split(':');
            if (mm.Length != 2)
                continue;
            ulong major = CgroupFile.ParseUInt(mm[0]), minor = CgroupFile.ParseUInt(mm[1]);
            for (int i = 1; i < f.Length; i++)
            {
                int eq = f[i].IndexOf('=');
                if (eq < 0)
                    continue;
                string key = f[i][..eq];
                ulong v = CgroupFile.ParseUInt(f[i][(eq + 1)..]);
                var (list, op) = key switch
                {
                    "rbytes" => (bytes, "Read"),
                    "wbytes" => (bytes, "Write"),
                    "rios" => (ios, "Read"),
                    "wios" => (ios, "Write"),
                    _ => (null, ""),
                };
                list?.Add(new BlkioEntry { Major = major, Minor = minor, Op = op, Value = v });
            }
        }
        stats.Blkio.IoServiceBytesRecursive = bytes;
        stats.Blkio.IoServicedRecursive = ios;
    }
}
