namespace Runc.Libcontainer.Cgroups.V2;

/// <summary>runc's v1 → v2 value conversions (libcontainer/cgroups/utils.go).</summary>
public static class CgroupV2Conversions
{
    /// <summary>cpu.shares [2, 262144] → cpu.weight [1, 10000]; 0 stays 0 (unset).</summary>
    public static ulong CpuSharesToWeight(ulong shares) => shares == 0 ? 0 : 1 + ((shares - 2) * 9999) / 262142;

    /// <summary>blkio.weight [10, 1000] → io.weight [1, 10000]; 0 stays 0 (unset).</summary>
    public static ulong BlkioWeightToIoWeight(ulong weight) => weight == 0 ? 0 : 1 + ((weight - 10) * 9999) / 990;

    /// <summary>
    /// OCI's memory.swap is memory+swap (v1's memsw); v2's memory.swap.max is swap alone: swap − limit.
    /// -1 stays -1 (unlimited), and an unlimited memory without a swap value means unlimited swap.
    /// </summary>
    public static long MemorySwapToV2(long swap, long memory)
    {
        if (memory == -1 && swap == 0)
            return -1;
        if (swap == -1 || swap == 0)
            return swap;
        if (memory == 0 || memory == -1)
            throw new CgroupError("unable to set swap limit without memory limit");
        if (memory < 0)
            throw new CgroupError($"invalid memory value: {memory}");
        if (swap < memory)
            throw new CgroupError("memory+swap limit should be >= memory limit");
        return swap - memory;
    }

    /// <summary>v2's "max" for -1, nothing for 0, else the number.</summary>
    public static string? NumberOrMax(long v) => v switch
    {
        0 => null,
        -1 => "max",
        _ => v.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
