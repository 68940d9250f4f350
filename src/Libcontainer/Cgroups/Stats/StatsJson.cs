using System.Collections.Generic;
using System.Text.Json;

namespace Runc.Libcontainer.Cgroups.Stats;

/// <summary>
/// `runc events` lines: {"type":"stats","id":…,"data":{…}} and {"type":"oom","id":…}, with the
/// field names and Go omitempty rules of runc's types/events.go.
/// </summary>
public static class StatsJson
{
    public static byte[] Event(string type, string id, CgroupStats? data)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Runc.Libcontainer.Spec.GoJsonEncoder.Instance }))
        {
            w.WriteStartObject();
            w.WriteString("type"u8, type);
            w.WriteString("id"u8, id);
            if (data is not null)
            {
                w.WritePropertyName("data"u8);
                Write(w, data);
            }
            w.WriteEndObject();
        }
        var bytes = new byte[buffer.WrittenCount + 1];
        buffer.WrittenSpan.CopyTo(bytes);
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    private static void Write(Utf8JsonWriter w, CgroupStats s)
    {
        w.WriteStartObject();
        w.WriteStartObject("cpu"u8);
        w.WriteStartObject("usage"u8);
        NonZero(w, "total", s.Cpu.Usage.Total);
        List(w, "percpu", s.Cpu.Usage.PerCpu);
        List(w, "percpu_kernel", s.Cpu.Usage.PerCpuKernel);
        List(w, "percpu_user", s.Cpu.Usage.PerCpuUser);
        w.WriteNumber("kernel"u8, s.Cpu.Usage.Kernel);
        w.WriteNumber("user"u8, s.Cpu.Usage.User);
        w.WriteEndObject();
        w.WriteStartObject("throttling"u8);
        NonZero(w, "periods", s.Cpu.Throttling.Periods);
        NonZero(w, "throttledPeriods", s.Cpu.Throttling.ThrottledPeriods);
        NonZero(w, "throttledTime", s.Cpu.Throttling.ThrottledTime);
        w.WriteEndObject();
        w.WriteEndObject();

        var c = s.CpuSet;
        w.WriteStartObject("cpuset"u8);
        Shorts(w, "cpus", c.Cpus);
        w.WriteNumber("cpu_exclusive"u8, c.CpuExclusive);
        Shorts(w, "mems", c.Mems);
        w.WriteNumber("mem_hardwall"u8, c.MemHardwall);
        w.WriteNumber("mem_exclusive"u8, c.MemExclusive);
        w.WriteNumber("memory_migrate"u8, c.MemoryMigrate);
        w.WriteNumber("memory_spread_page"u8, c.MemorySpreadPage);
        w.WriteNumber("memory_spread_slab"u8, c.MemorySpreadSlab);
        w.WriteNumber("memory_pressure"u8, c.MemoryPressure);
        w.WriteNumber("sched_load_balance"u8, c.SchedLoadBalance);
        w.WriteNumber("sched_relax_domain_level"u8, c.SchedRelaxDomainLevel);
        w.WriteEndObject();

        var m = s.Memory;
        w.WriteStartObject("memory"u8);
        NonZero(w, "cache", m.Cache);
        Entry(w, "usage", m.Usage);
        Entry(w, "swap", m.Swap);
        Entry(w, "kernel", m.Kernel);
        Entry(w, "kernelTCP", m.KernelTcp);
        if (m.Raw is { Count: > 0 } raw)
        {
            w.WriteStartObject("raw"u8);
            var keys = new List<string>(raw.Keys);
            keys.Sort(System.StringComparer.Ordinal);
            foreach (string k in keys)
                w.WriteNumber(k, raw[k]);
            w.WriteEndObject();
        }
        w.WriteEndObject();

        w.WriteStartObject("pids"u8);
        NonZero(w, "current", s.Pids.Current);
        NonZero(w, "limit", s.Pids.Limit);
        w.WriteEndObject();

        var b = s.Blkio;
        w.WriteStartObject("blkio"u8);
        Blkio(w, "ioServiceBytesRecursive", b.IoServiceBytesRecursive);
        Blkio(w, "ioServicedRecursive", b.IoServicedRecursive);
        Blkio(w, "ioQueueRecursive", b.IoQueuedRecursive);
        Blkio(w, "ioServiceTimeRecursive", b.IoServiceTimeRecursive);
        Blkio(w, "ioWaitTimeRecursive", b.IoWaitTimeRecursive);
        Blkio(w, "ioMergedRecursive", b.IoMergedRecursive);
        Blkio(w, "ioTimeRecursive", b.IoTimeRecursive);
        Blkio(w, "sectorsRecursive", b.SectorsRecursive);
        w.WriteEndObject();

        w.WriteStartObject("hugetlb"u8);
        foreach (var (size, h) in s.Hugetlb)
        {
            w.WriteStartObject(size);
            NonZero(w, "usage", h.Usage);
            NonZero(w, "max", h.Max);
            w.WriteNumber("failcnt"u8, h.Failcnt);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartObject("intel_rdt"u8);
        w.WriteEndObject();
        w.WriteNull("network_interfaces"u8);
        w.WriteEndObject();
    }

    private static void Entry(Utf8JsonWriter w, string name, MemoryEntry e)
    {
        w.WriteStartObject(name);
        w.WriteNumber("limit"u8, e.Limit);
        NonZero(w, "usage", e.Usage);
        NonZero(w, "max", e.Max);
        w.WriteNumber("failcnt"u8, e.Failcnt);
        w.WriteEndObject();
    }

    private static void Blkio(Utf8JsonWriter w, string name, List<BlkioEntry>? entries)
    {
        if (entries is not { Count: > 0 })
            return;
        w.WriteStartArray(name);
        foreach (var e in entries)
        {
            w.WriteStartObject();
            NonZero(w, "major", e.Major);
            NonZero(w, "minor", e.Minor);
            if (e.Op.Length > 0)
                w.WriteString("op"u8, e.Op);
            NonZero(w, "value", e.Value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void NonZero(Utf8JsonWriter w, string name, ulong v)
    {
        if (v != 0)
            w.WriteNumber(name, v);
    }

    private static void List(Utf8JsonWriter w, string name, List<ulong>? list)
    {
        if (list is not { Count: > 0 })
            return;
        w.WriteStartArray(name);
        foreach (ulong v in list)
            w.WriteNumberValue(v);
        w.WriteEndArray();
    }

    private static void Shorts(Utf8JsonWriter w, string name, List<ushort>? list)
    {
        if (list is not { Count: > 0 })
            return;
        w.WriteStartArray(name);
        foreach (ushort v in list)
            w.WriteNumberValue(v);
        w.WriteEndArray();
    }
}
