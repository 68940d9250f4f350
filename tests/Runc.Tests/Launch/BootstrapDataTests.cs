using System;
using System.Runtime.InteropServices;
using System.Text;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Launch;
using Xunit;

namespace Runc.Tests.Launch;

/// <summary>The attribute list the C stage reads (src/Native/nsexec.c read_bootstrap).</summary>
public class BootstrapDataTests
{
    [Fact]
    public void EncodesEveryAttributeInOrder()
    {
        var b = new BootstrapData { CloneFlags = Libc.CLONE_NEWPID | Libc.CLONE_NEWNS, RequestUserMaps = true, OomScoreAdj = -500 };
        b.JoinPaths.Add((Libc.CLONE_NEWNET, "/proc/1/ns/net"));
        byte[] data = b.Encode();
        int off = 0;
        (ushort Type, byte[] Value) Next()
        {
            ushort type = MemoryMarshal.Read<ushort>(data.AsSpan(off));
            uint len = MemoryMarshal.Read<uint>(data.AsSpan(off + 4));
            var value = data.AsSpan(off + 8, (int)len).ToArray();
            off += 8 + (int)len;
            return (type, value);
        }
        var flags = Next();
        Assert.Equal(BootstrapData.AttrCloneFlags, flags.Type);
        Assert.Equal(Libc.CLONE_NEWPID | Libc.CLONE_NEWNS, BitConverter.ToInt32(flags.Value));
        var ns = Next();
        Assert.Equal(BootstrapData.AttrNsPath, ns.Type);
        Assert.Equal(Libc.CLONE_NEWNET, BitConverter.ToInt32(ns.Value));
        Assert.Equal("/proc/1/ns/net", Encoding.UTF8.GetString(ns.Value, 4, ns.Value.Length - 4));
        Assert.Equal(BootstrapData.AttrUsermap, Next().Type);
        var oom = Next();
        Assert.Equal(BootstrapData.AttrOomScoreAdj, oom.Type);
        Assert.Equal("-500", Encoding.ASCII.GetString(oom.Value));
        Assert.Equal(data.Length, off);
    }
}
