using System.Collections.Generic;
using Runc.Libcontainer.Seccomp;
using Xunit;

namespace Runc.Tests.Seccomp;

/// <summary>The ENOSYS stub run on a small BPF interpreter: ENOSYS above the last known number, else on to the filter.</summary>
public class EnosysStubTests
{
    private const uint X86_64 = 0xC000003E, X86 = 0x40000003, X32 = 0x4000003E, Aarch64 = 0xC00000B7;
    private const uint Filter = 0xFFFFFFFF;

    /// <summary>Runs the stub; returns its RET value, or <see cref="Filter"/> when it falls into the filter.</summary>
    private static uint Run(EnosysStub.Insn[] p, uint arch, uint nr)
    {
        uint a = 0;
        int pc = 0;
        while (pc < p.Length)
        {
            var i = p[pc];
            switch (i.Code)
            {
                case 0x20: a = i.K == 0 ? nr : i.K == 4 ? arch : throw new System.InvalidOperationException("load"); pc++; break;
                case 0x05: pc += 1 + (int)i.K; break;
                case 0x15: pc += 1 + (a == i.K ? i.Jt : i.Jf); break;
                case 0x25: pc += 1 + (a > i.K ? i.Jt : i.Jf); break;
                case 0x45: pc += 1 + ((a & i.K) != 0 ? i.Jt : i.Jf); break;
                case 0x06: return i.K;
                default: throw new System.InvalidOperationException($"opcode {i.Code}");
            }
        }
        Assert.Equal(p.Length, pc);
        return Filter;
    }

    [Fact]
    public void NewerThanTheLastNamedSyscallIsEnosys()
    {
        var p = EnosysStub.Build(new Dictionary<uint, int> { [X86_64] = 450 });
        Assert.Equal(EnosysStub.RetEnosys, Run(p, X86_64, 451));
        Assert.Equal(Filter, Run(p, X86_64, 450));
        Assert.Equal(Filter, Run(p, X86_64, 0));
        Assert.Equal(Filter, Run(p, X86_64, 0x40000000 | 600)); // x32 not listed: the filter decides
        Assert.Equal(Filter, Run(p, Aarch64, 9999));
    }

    [Fact]
    public void X86_64X32AndX86AreToldApart()
    {
        var p = EnosysStub.Build(new Dictionary<uint, int> { [X86_64] = 450, [X32] = 0x40000000 | 547, [X86] = 460 });
        Assert.Equal(EnosysStub.RetEnosys, Run(p, X86_64, 451));
        Assert.Equal(Filter, Run(p, X86_64, 449));
        Assert.Equal(Filter, Run(p, X86_64, 0x40000000 | 547));
        Assert.Equal(EnosysStub.RetEnosys, Run(p, X86_64, 0x40000000 | 548));
        Assert.Equal(Filter, Run(p, X86, 460));
        Assert.Equal(EnosysStub.RetEnosys, Run(p, X86, 461));
    }

    [Fact]
    public void X32AloneLeavesX86_64ToTheFilter()
    {
        var p = EnosysStub.Build(new Dictionary<uint, int> { [X32] = 0x40000000 | 547 });
        Assert.Equal(Filter, Run(p, X86_64, 9999));
        Assert.Equal(EnosysStub.RetEnosys, Run(p, X86_64, 0x40000000 | 548));
    }

    [Fact]
    public void PermissiveDefaultsAndEnosysDefaultNeedNoStub()
    {
        Assert.False(EnosysStub.Wanted("SCMP_ACT_ALLOW", null));
        Assert.False(EnosysStub.Wanted("SCMP_ACT_LOG", null));
        Assert.False(EnosysStub.Wanted("SCMP_ACT_TRACE", null));
        Assert.False(EnosysStub.Wanted("SCMP_ACT_ERRNO", 38));
        Assert.True(EnosysStub.Wanted("SCMP_ACT_ERRNO", null));
        Assert.True(EnosysStub.Wanted("SCMP_ACT_KILL_PROCESS", null));
        Assert.Empty(EnosysStub.Build(new Dictionary<uint, int> { [X86_64] = 0 }));
    }
}
