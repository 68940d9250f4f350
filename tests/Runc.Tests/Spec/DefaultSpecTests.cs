using System;
using System.IO;
using System.Linq;
using System.Text;
using Runc.Libcontainer.Spec;
using Xunit;
using OciSpec = Runc.Libcontainer.Spec.Spec;

namespace Runc.Tests.Spec;

/// <summary>DefaultSpec + SpecWriter against golden copies of what Debian's runc 1.1.5 `runc spec` wrote (as root,
/// so the rootless mappings are 0:0; the -cgroup2 pair on a cgroup v2 /sys/fs/cgroup).</summary>
public class DefaultSpecTests
{
    [Theory]
    [InlineData(false, false, "spec.json")]
    [InlineData(true, false, "spec-rootless.json")]
    [InlineData(false, true, "spec-cgroup2.json")]
    [InlineData(true, true, "spec-rootless-cgroup2.json")]
    public void MatchesRuncByteForByte(bool rootless, bool cgroupNamespace, string golden)
    {
        byte[] expected = SpecFiles.ReadGolden(golden);
        byte[] actual = SpecWriter.ToUtf8Bytes(DefaultSpec.Create(rootless, 0, 0, cgroupNamespace));
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        Assert.True(expected.AsSpan().SequenceEqual(actual));
    }

    [Fact]
    public void NoTrailingNewline()
    {
        string json = SpecWriter.ToJson(DefaultSpec.Create(false, 0, 0, false));
        Assert.EndsWith("}", json);
        Assert.StartsWith("{\n\t\"ociVersion\": \"1.0.2-dev\",\n", json);
    }

    [Fact]
    public void RootlessMapsTheGivenHostIds()
    {
        OciSpec spec = DefaultSpec.Create(true, 1000, 1001, false);
        Assert.Equal(1000u, Assert.Single(spec.Linux!.UidMappings!).HostId);
        Assert.Equal(1001u, Assert.Single(spec.Linux!.GidMappings!).HostId);
        Assert.Null(spec.Linux.Resources);
        Assert.Equal(["pid", "ipc", "uts", "mount", "user"], spec.Linux.Namespaces!.Select(n => n.Type));
    }

    [Fact]
    public void CreateForThisHostUsesTheEffectiveIds()
    {
        OciSpec spec = DefaultSpec.Create(true);
        uint euid = uint.Parse(File.ReadAllLines("/proc/self/status").First(l => l.StartsWith("Uid:")).Split('\t')[2]);
        Assert.Equal(euid, spec.Linux!.UidMappings![0].HostId);
    }

    [Fact]
    public void WriteFileWritesTheSameBytes()
    {
        string dir = Directory.CreateTempSubdirectory("runc-spec-").FullName;
        try
        {
            string path = Path.Combine(dir, "config.json");
            OciSpec spec = DefaultSpec.Create(false, 0, 0, false);
            SpecWriter.WriteFile(spec, path);
            Assert.Equal(SpecFiles.ReadGolden("spec.json"), File.ReadAllBytes(path));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
