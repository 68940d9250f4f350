using System;
using System.IO;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Rootfs;
using Xunit;

namespace Runc.Tests.Rootfs;

/// <summary>Resolution inside a root: symlinks (absolute, relative, ..) never lead out of it.</summary>
public class InRootPathTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("runc-inroot-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private InRootPath Root()
    {
        string root = Path.Combine(_dir, "root");
        Directory.CreateDirectory(root);
        return new InRootPath(new SafeFd(Libc.open(root, Libc.O_PATH | Libc.O_DIRECTORY | Libc.O_CLOEXEC, 0)), root);
    }

    private static string Where(SafeFd fd) => new FileInfo("/proc/self/fd/" + fd.Fd).LinkTarget!;

    [Fact]
    public void AbsoluteSymlinkOutOfTheRootStaysInside()
    {
        var root = Root();
        Directory.CreateDirectory(Path.Combine(_dir, "outside"));
        File.CreateSymbolicLink(Path.Combine(root.HostPath, "evil"), Path.Combine(_dir, "outside"));
        using var fd = root.OpenOrCreate("/evil/mnt", directory: true);
        Assert.StartsWith(root.HostPath + "/", Where(fd));
        Assert.False(Directory.Exists(Path.Combine(_dir, "outside", "mnt")), "a directory was created outside the root");
    }

    [Fact]
    public void DotDotSymlinkStaysInside()
    {
        var root = Root();
        File.CreateSymbolicLink(Path.Combine(root.HostPath, "up"), "../../../..");
        using var fd = root.OpenOrCreate("/up/etc/x", directory: false);
        Assert.Equal(Path.Combine(root.HostPath, "etc", "x"), Where(fd));
    }

    [Fact]
    public void MissingComponentsAreCreated()
    {
        var root = Root();
        using var fd = root.OpenOrCreate("/a/b/c", directory: true);
        Assert.True(Directory.Exists(Path.Combine(root.HostPath, "a", "b", "c")));
        Assert.Null(root.TryOpen("/nope"));
    }
}
