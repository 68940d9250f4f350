namespace Runc.Libcontainer.Cgroups.Stats;

/// <summary>Part of <see cref="CgroupStats"/> (runc's types/events.go).</summary>
public sealed class BlkioEntry
{
    public ulong Major { get; set; }

    public ulong Minor { get; set; }

    public string Op { get; set; } = "";

    public ulong Value { get; set; }
}
