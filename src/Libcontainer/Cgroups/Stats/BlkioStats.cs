using System.Collections.Generic;

namespace Runc.Libcontainer.Cgroups.Stats;

/// <summary>Part of <see cref="CgroupStats"/> (runc's types/events.go).</summary>
public sealed class BlkioStats
{
    public List<BlkioEntry>? IoServiceBytesRecursive { get; set; }

    public List<BlkioEntry>? IoServicedRecursive { get; set; }

    public List<BlkioEntry>? IoQueuedRecursive { get; set; }

    public List<BlkioEntry>? IoServiceTimeRecursive { get; set; }

    public List<BlkioEntry>? IoWaitTimeRecursive { get; set; }

    public List<BlkioEntry>? IoMergedRecursive { get; set; }

    public List<BlkioEntry>? IoTimeRecursive { get; set; }

    public List<BlkioEntry>? SectorsRecursive { get; set; }
}
