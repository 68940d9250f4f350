using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Rootfs;
using Xunit;

namespace Runc.Tests.Rootfs;

public class MountOptionsTests
{
    [Fact]
    public void FlagsPropagationAndDataAreSplitLikeRunc()
    {
        var o = MountOptions.Parse(new[] { "nosuid", "strictatime", "mode=755", "size=65536k", "rprivate", "ro" });
        Assert.Equal(Libc.MS_NOSUID | Libc.MS_STRICTATIME | Libc.MS_RDONLY, o.Flags);
        Assert.Equal(new[] { Libc.MS_PRIVATE | Libc.MS_REC }, o.Propagation);
        Assert.Equal("mode=755,size=65536k", o.Data);
        Assert.False(o.IsBind);
    }

    [Fact]
    public void LaterOptionsWinAndClearFlags()
    {
        var o = MountOptions.Parse(new[] { "ro", "rw", "nodev", "dev", "rbind", "noexec" });
        Assert.Equal(Libc.MS_BIND | Libc.MS_REC | Libc.MS_NOEXEC, o.Flags);
        Assert.True(o.IsBind);
        Assert.True(o.IsRecursive);
    }

    [Fact]
    public void RecursiveAttributesAndExtensions()
    {
        var o = MountOptions.Parse(new[] { "bind", "rro", "rnosuid", "rnoatime", "tmpcopyup" });
        Assert.Equal(Libc.MOUNT_ATTR_RDONLY | Libc.MOUNT_ATTR_NOSUID | Libc.MOUNT_ATTR_NOATIME, o.RecAttrSet);
        Assert.Equal(Libc.MOUNT_ATTR__ATIME, o.RecAttrClr);
        Assert.True(o.TmpCopyUp);
        Assert.Equal("", o.Data);
        var cleared = MountOptions.Parse(new[] { "rro", "rrw" });
        Assert.Equal(0UL, cleared.RecAttrSet);
        Assert.Equal(Libc.MOUNT_ATTR_RDONLY, cleared.RecAttrClr);
    }

    [Fact]
    public void NoOptions() => Assert.Equal(0UL, MountOptions.Parse(null).Flags);

    [Theory]
    [InlineData("rslave", Libc.MS_SLAVE | Libc.MS_REC)]
    [InlineData("shared", Libc.MS_SHARED)]
    [InlineData("runbindable", Libc.MS_UNBINDABLE | Libc.MS_REC)]
    public void RootfsPropagationNames(string name, ulong flags) => Assert.Equal(flags, MountOptions.ParsePropagation(name));

    [Fact]
    public void UnknownPropagation() => Assert.Null(MountOptions.ParsePropagation("sideways"));

    [Theory]
    [InlineData("/", "/")]
    [InlineData("", "/")]
    [InlineData("a/b", "/a/b")]
    [InlineData("/a/./b//c/", "/a/b/c")]
    [InlineData("/a/../../b", "/b")]
    [InlineData("/../../etc/passwd", "/etc/passwd")]
    public void CleanKeepsPathsInsideTheRoot(string path, string clean) => Assert.Equal(clean, InRootPath.Clean(path));

    [Fact]
    public void MakeDevMatchesGlibc()
    {
        Assert.Equal(0x103UL, DeviceNodes.MakeDev(1, 3));
        Assert.Equal(0x500UL, DeviceNodes.MakeDev(5, 0));
        Assert.Equal(0x100010000302UL, DeviceNodes.MakeDev(0x1003, 0x10002));
    }
}
