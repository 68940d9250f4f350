using System.Collections.Generic;
using Runc.Libcontainer.Spec;

namespace Runc.Tests.Cgroups;

/// <summary>A linux.resources that sets every field the drivers handle.</summary>
internal static class EveryResource
{
    public static LinuxResources Create(bool unified = false) => new()
    {
        Memory = new LinuxMemory { Limit = 268435456, Reservation = 134217728, Swap = 536870912, Swappiness = 10, DisableOomKiller = true },
        Cpu = new LinuxCpu { Shares = 512, Quota = 50000, Period = 100000, Burst = 1000, Cpus = "0", Mems = "0", RealtimePeriod = unified ? null : 1000000, RealtimeRuntime = unified ? null : 5000, Idle = unified ? 1 : null },
        Pids = new LinuxPids { Limit = 100 },
        BlockIO = new LinuxBlockIO
        {
            Weight = 500,
            LeafWeight = unified ? null : (ushort)300,
            WeightDevice = [new LinuxWeightDevice { Major = 8, Minor = 0, Weight = 200 }],
            ThrottleReadBpsDevice = [new LinuxThrottleDevice { Major = 8, Minor = 0, Rate = 1048576 }],
            ThrottleWriteBpsDevice = [new LinuxThrottleDevice { Major = 8, Minor = 0, Rate = 2097152 }],
            ThrottleReadIopsDevice = [new LinuxThrottleDevice { Major = 8, Minor = 0, Rate = 100 }],
            ThrottleWriteIopsDevice = [new LinuxThrottleDevice { Major = 8, Minor = 0, Rate = 200 }],
        },
        HugepageLimits = [new LinuxHugepageLimit { Pagesize = "2MB", Limit = 4194304 }],
        Network = unified ? null : new LinuxNetwork { ClassId = 0x100001, Priorities = [new LinuxInterfacePriority { Name = "eth0", Priority = 5 }] },
        Rdma = new Dictionary<string, LinuxRdma> { ["mlx5_1"] = new LinuxRdma { HcaHandles = 3, HcaObjects = 10000 } },
        Devices = [new LinuxDeviceCgroup { Allow = false, Access = "rwm" }, new LinuxDeviceCgroup { Allow = true, Type = "c", Major = 10, Minor = 229, Access = "rw" }],
        Unified = unified ? new Dictionary<string, string> { ["memory.high"] = "200000000" } : null,
    };
}
