using System.Collections.Generic;
using Runc.Libcontainer.Cgroups;
using Runc.Libcontainer.Cgroups.Devices;
using Xunit;

namespace Runc.Tests.Cgroups;

/// <summary>runc's devices emulator and the eBPF program built from it.</summary>
public class DeviceRulesTests
{
    private static string Writes(DeviceEmulator from, DeviceEmulator to)
    {
        var lines = new List<string>();
        foreach (var r in from.Transition(to))
            lines.Add((r.Allow ? "allow " : "deny ") + r);
        return string.Join("\n", lines);
    }

    [Fact]
    public void NewCgroupGetsDenyAllThenTheSortedAllowList()
    {
        var target = DeviceEmulator.From(DeviceRules.For(new() { Devices = [new() { Allow = false, Access = "rwm" }, new() { Allow = true, Type = "c", Major = 136, Access = "rw" }] }));
        Assert.Equal(
            "deny a *:* rwm\nallow b *:* m\nallow c *:* m\nallow c 1:3 rwm\nallow c 1:5 rwm\nallow c 1:7 rwm\nallow c 1:8 rwm\nallow c 1:9 rwm\nallow c 5:0 rwm\nallow c 5:2 rwm\nallow c 10:200 rwm\nallow c 136:* rwm",
            Writes(DeviceEmulator.FromList("a *:* rwm"), target));
    }

    [Fact]
    public void UpdateWritesOnlyTheDifference()
    {
        var current = DeviceEmulator.FromList("c 1:3 rwm\nc 1:5 rwm\nc 4:1 rw\n");
        var target = DeviceEmulator.From([new('a', -1, -1, DeviceAccess.All, false), new('c', 1, 3, DeviceAccess.All, true), new('c', 4, 1, DeviceAccess.Read, true), new('b', 8, 0, DeviceAccess.Read, true)]);
        Assert.Equal("deny c 1:5 rwm\ndeny c 4:1 w\nallow b 8:0 r", Writes(current, target));
        Assert.Equal("", Writes(target, target));
    }

    [Fact]
    public void LaterRulesOverrideEarlierOnes()
    {
        var e = DeviceEmulator.From([new('c', 1, 3, DeviceAccess.All, true), new('c', 1, 3, DeviceAccess.Write, false)]);
        Assert.False(e.DefaultAllow);
        Assert.Equal(DeviceAccess.Read | DeviceAccess.Mknod, e.Exceptions[('c', 1, 3)]);
        var allowAll = DeviceEmulator.From([new('c', 1, 3, DeviceAccess.All, true), new('a', -1, -1, DeviceAccess.All, true)]);
        Assert.True(allowAll.DefaultAllow);
        Assert.Empty(allowAll.Exceptions);
    }

    [Fact]
    public void UnknownTypeAndAccessNameTheField()
    {
        Assert.Contains("linux.resources.devices[0].type", Assert.Throws<CgroupError>(() => DeviceRules.For(new() { Devices = [new() { Type = "x", Access = "r" }] })).Message);
        Assert.Contains("linux.resources.devices[1].access", Assert.Throws<CgroupError>(() => DeviceRules.For(new() { Devices = [new() { Access = "r" }, new() { Type = "c", Access = "rq" }] })).Message);
    }

    [Fact]
    public void FilterHasOneBlockPerExceptionAndEndsWithTheDefault()
    {
        var e = DeviceEmulator.From([new('a', -1, -1, DeviceAccess.All, false), new('c', 1, 3, DeviceAccess.All, true), new('c', 136, -1, DeviceAccess.Read | DeviceAccess.Write, true)]);
        byte[] p = DeviceFilter.Assemble(e);
        // prologue 6; c 1:3 rwm: type, major, minor checks + mov + exit = 5; c 136:* rw: type + 3 access + major + mov + exit = 7; default 2
        Assert.Equal((6 + 5 + 7 + 2) * 8, p.Length);
        // The first block's type check jumps over its 4 following instructions to the next block.
        Assert.Equal(0x55, p[6 * 8]);
        Assert.Equal(4, System.BitConverter.ToInt16(p, 6 * 8 + 2));
        Assert.Equal(2, System.BitConverter.ToInt32(p, 6 * 8 + 4)); // BPF_DEVCG_DEV_CHAR
        // The last instructions: r0 = 0 (deny by default); exit.
        Assert.Equal(0xb4, p[^16]);
        Assert.Equal(0, System.BitConverter.ToInt32(p, p.Length - 12));
        Assert.Equal(0x95, p[^8]);
    }

    [Fact]
    public void ResourceValidationNamesTheField()
    {
        Assert.Contains("linux.resources.memory.limit", Assert.Throws<CgroupError>(() => CgroupResourceValidator.Validate(new() { Memory = new() { Limit = -5 } }, CgroupMode.Hybrid)).Message);
        Assert.Contains("linux.resources.blockIO.weight", Assert.Throws<CgroupError>(() => CgroupResourceValidator.Validate(new() { BlockIO = new() { Weight = 5000 } }, CgroupMode.Hybrid)).Message);
        Assert.Contains("linux.resources.cpu.cpus", Assert.Throws<CgroupError>(() => CgroupResourceValidator.Validate(new() { Cpu = new() { Cpus = "0-x" } }, CgroupMode.Hybrid)).Message);
        Assert.Equal("invalid configuration: cannot use unified on cgroup v1", Assert.Throws<CgroupError>(() => CgroupResourceValidator.Validate(new() { Unified = new() { ["a.b"] = "1" } }, CgroupMode.Legacy)).Message);
        CgroupResourceValidator.Validate(EveryResource.Create(unified: true), CgroupMode.Unified);
    }
}
