using System;
using System.CommandLine;
using System.Globalization;
using Runc.Libcontainer;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Lifecycle;
using Runc.Libcontainer.Spec;

namespace Runc.Commands;

/// <summary>
/// `runc update [flags] &lt;id&gt;`: changes a live container's cgroup limits, from flags or from a
/// linux.resources JSON document (`-r FILE`, `-r -` for stdin, as containerd sends it). As runc's
/// update: every field it handles is reset (0 = unset) and then filled from the input, a quota or
/// period given alone keeps the other's old value, and the result is saved in the config.
/// </summary>
internal static class UpdateCommand
{
    public static Command Build(GlobalOptions g)
    {
        var resources = new Option<string>("--resources", "-r") { Description = "path to the file containing the resources to update or '-' to read from the standard input" };
        var blkioWeight = new Option<string>("--blkio-weight") { Description = "Specifies per cgroup weight, range is from 10 to 1000" };
        var cpuPeriod = new Option<string>("--cpu-period") { Description = "CPU CFS period to be used for hardcapping (in usecs). 0 to use system default" };
        var cpuQuota = new Option<string>("--cpu-quota") { Description = "CPU CFS hardcap limit (in usecs). Allowed cpu time in a given period" };
        var cpuRtPeriod = new Option<string>("--cpu-rt-period") { Description = "CPU realtime period to be used for hardcapping (in usecs). 0 to use system default" };
        var cpuRtRuntime = new Option<string>("--cpu-rt-runtime") { Description = "CPU realtime hardcap limit (in usecs). Allowed cpu time in a given period" };
        var cpuShare = new Option<string>("--cpu-share") { Description = "CPU shares (relative weight vs. other containers)" };
        var cpusetCpus = new Option<string>("--cpuset-cpus") { Description = "CPU(s) to use" };
        var cpusetMems = new Option<string>("--cpuset-mems") { Description = "Memory node(s) to use" };
        var kernelMemory = new Option<string>("--kernel-memory") { Description = "(obsoleted; do not use)", Hidden = true };
        var kernelMemoryTcp = new Option<string>("--kernel-memory-tcp") { Description = "(obsoleted; do not use)", Hidden = true };
        var memory = new Option<string>("--memory") { Description = "Memory limit (in bytes)" };
        var memoryReservation = new Option<string>("--memory-reservation") { Description = "Memory reservation or soft_limit (in bytes)" };
        var memorySwap = new Option<string>("--memory-swap") { Description = "Total memory usage (memory + swap); set '-1' to enable unlimited swap" };
        var pidsLimit = new Option<string>("--pids-limit") { Description = "Maximum number of pids allowed in the container" };
        var l3Cache = new Option<string>("--l3-cache-schema") { Description = "The string of Intel RDT/CAT L3 cache schema" };
        var memBw = new Option<string>("--mem-bw-schema") { Description = "The string of Intel RDT/MBA memory bandwidth schema" };
        var id = new Argument<string[]>("container-id") { Arity = ArgumentArity.ZeroOrMore };
        var cmd = new Command("update", "update container resource constraints")
        {
            resources, blkioWeight, cpuPeriod, cpuQuota, cpuRtPeriod, cpuRtRuntime, cpuShare, cpusetCpus, cpusetMems,
            kernelMemory, kernelMemoryTcp, memory, memoryReservation, memorySwap, pidsLimit, l3Cache, memBw, id,
        };
        cmd.SetAction(r => CommandRunner.Run(r, g, null, s =>
        {
            string[]? ids = r.GetValue(id);
            ArgumentCheck.Exactly("update", ids, 1);
            using var l = s.Store.Lock(ids![0]);
            var c = Container.Load(s.Store, ids[0]);

            // What runc's update starts from: every handled field present and zero.
            var input = new LinuxResources
            {
                Memory = new LinuxMemory { Limit = 0, Reservation = 0, Swap = 0 },
                Cpu = new LinuxCpu { Shares = 0, Quota = 0, Period = 0, RealtimeRuntime = 0, RealtimePeriod = 0, Cpus = "", Mems = "" },
                BlockIO = new LinuxBlockIO { Weight = 0 },
                Pids = new LinuxPids { Limit = 0 },
            };
            if (r.GetValue(resources) is { } file)
            {
                byte[] json = file == "-" ? FileIo.ReadToEnd(0, "stdin") : FileIo.ReadAllBytes(file);
                var parsed = SpecLoader.ParseResources(json);
                input.Memory = Merge(input.Memory, parsed.Memory);
                input.Cpu = Merge(input.Cpu, parsed.Cpu);
                if (parsed.BlockIO?.Weight is { } w)
                    input.BlockIO.Weight = w;
                if (parsed.Pids is { } p)
                    input.Pids = p;
                input.Unified = parsed.Unified;
            }
            else
            {
                if (r.GetValue(blkioWeight) is { } bw)
                    input.BlockIO.Weight = (ushort)ParseUInt("blkio-weight", bw);
                if (r.GetValue(cpusetCpus) is { Length: > 0 } cpus)
                    input.Cpu.Cpus = cpus;
                if (r.GetValue(cpusetMems) is { Length: > 0 } mems)
                    input.Cpu.Mems = mems;
                if (r.GetValue(cpuPeriod) is { } cp)
                    input.Cpu.Period = ParseUInt("cpu-period", cp);
                if (r.GetValue(cpuRtPeriod) is { } crp)
                    input.Cpu.RealtimePeriod = ParseUInt("cpu-rt-period", crp);
                if (r.GetValue(cpuShare) is { } cs)
                    input.Cpu.Shares = ParseUInt("cpu-share", cs);
                if (r.GetValue(cpuQuota) is { } cq)
                    input.Cpu.Quota = ParseInt("cpu-quota", cq);
                if (r.GetValue(cpuRtRuntime) is { } crr)
                    input.Cpu.RealtimeRuntime = ParseInt("cpu-rt-runtime", crr);
                if (r.GetValue(memory) is { } m)
                    input.Memory.Limit = ParseBytes("memory", m);
                if (r.GetValue(memorySwap) is { } ms)
                    input.Memory.Swap = ParseBytes("memory-swap", ms);
                if (r.GetValue(kernelMemory) is { } km)
                    input.Memory.Kernel = ParseBytes("kernel-memory", km);
                if (r.GetValue(kernelMemoryTcp) is { } kmt)
                    input.Memory.KernelTcp = ParseBytes("kernel-memory-tcp", kmt);
                if (r.GetValue(memoryReservation) is { } mr)
                    input.Memory.Reservation = ParseBytes("memory-reservation", mr);
                if (r.GetValue(pidsLimit) is { } pl)
                    input.Pids.Limit = ParseInt("pids-limit", pl);
            }
            if (input.Memory.Kernel is not null || input.Memory.KernelTcp is not null)
                Libcontainer.Logging.Logger.Warn("Kernel memory settings are ignored and will be removed");
            if (!string.IsNullOrEmpty(r.GetValue(l3Cache)))
                throw new RuntimeError("Intel RDT/CAT: l3 cache schema is not enabled");
            if (!string.IsNullOrEmpty(r.GetValue(memBw)))
                throw new RuntimeError("Intel RDT/MBA: memory bandwidth schema is not enabled");

            c.UpdateResources(Apply(c.Config.Linux?.Resources ?? new LinuxResources(), input));
            return 0;
        }));
        return cmd;
    }

    /// <summary>runc's update: the handled fields of <paramref name="current"/> take the input's values.</summary>
    internal static LinuxResources Apply(LinuxResources current, LinuxResources input)
    {
        current.BlockIO ??= new LinuxBlockIO();
        current.BlockIO.Weight = input.BlockIO!.Weight == 0 ? null : input.BlockIO.Weight;
        var cpu = current.Cpu ??= new LinuxCpu();
        var inCpu = input.Cpu!;
        ulong p = inCpu.Period ?? 0;
        long q = inCpu.Quota ?? 0;
        if ((p == 0 && q == 0) || (p != 0 && q != 0))
        {
            cpu.Period = p;
            cpu.Quota = q;
        }
        else if (p != 0)
        {
            cpu.Period = p;
        }
        else
        {
            cpu.Quota = q;
        }
        cpu.Shares = inCpu.Shares;
        cpu.RealtimePeriod = inCpu.RealtimePeriod;
        cpu.RealtimeRuntime = inCpu.RealtimeRuntime;
        cpu.Cpus = inCpu.Cpus;
        cpu.Mems = inCpu.Mems;
        cpu.Idle = inCpu.Idle;
        var mem = current.Memory ??= new LinuxMemory();
        mem.Limit = input.Memory!.Limit;
        mem.Reservation = input.Memory.Reservation;
        mem.Swap = input.Memory.Swap;
        if (mem.Limit == -1 && input.Memory.Swap is null)
            mem.Swap = 0;
        current.Pids = input.Pids;
        current.Unified = input.Unified;
        return current;
    }

    private static LinuxMemory Merge(LinuxMemory d, LinuxMemory? m)
    {
        if (m is null)
            return d;
        m.Limit ??= d.Limit;
        m.Reservation ??= d.Reservation;
        m.Swap ??= d.Swap;
        return m;
    }

    private static LinuxCpu Merge(LinuxCpu d, LinuxCpu? c)
    {
        if (c is null)
            return d;
        c.Shares ??= d.Shares;
        c.Quota ??= d.Quota;
        c.Period ??= d.Period;
        c.RealtimeRuntime ??= d.RealtimeRuntime;
        c.RealtimePeriod ??= d.RealtimePeriod;
        c.Cpus ??= d.Cpus;
        c.Mems ??= d.Mems;
        return c;
    }

    private static ulong ParseUInt(string opt, string v) =>
        ulong.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out ulong x) ? x
            : throw new RuntimeError($"invalid value for {opt}: strconv.ParseUint: parsing \"{v}\": invalid syntax");

    private static long ParseInt(string opt, string v) =>
        long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long x) ? x
            : throw new RuntimeError($"invalid value for {opt}: strconv.ParseInt: parsing \"{v}\": invalid syntax");

    /// <summary>docker/go-units RAMInBytes: "512", "100m", "1.5g", "2GiB" (binary multiples); "-1" is unlimited.</summary>
    internal static long ParseBytes(string opt, string v)
    {
        if (v == "-1")
            return -1;
        string s = v.Trim().ToLowerInvariant();
        int i = 0;
        while (i < s.Length && (char.IsDigit(s[i]) || s[i] == '.'))
            i++;
        string unit = s[i..].Trim();
        if (unit.EndsWith("ib", StringComparison.Ordinal))
            unit = unit[..^2];
        else if (unit.EndsWith('b'))
            unit = unit[..^1];
        long mult = unit switch
        {
            "" => 1,
            "k" => 1L << 10,
            "m" => 1L << 20,
            "g" => 1L << 30,
            "t" => 1L << 40,
            "p" => 1L << 50,
            _ => 0,
        };
        if (i == 0 || mult == 0 || !double.TryParse(s[..i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double n))
            throw new RuntimeError($"invalid value for {opt}: invalid size: '{v}'");
        return (long)(n * mult);
    }
}
