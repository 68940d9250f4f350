using System.Collections.Generic;
using System.IO;
using Runc.Libcontainer;
using Runc.Libcontainer.Cgroups;
using Xunit;

namespace Runc.Tests.Cgroups;

public class SubCgroupPathsTests
{
    [Fact]
    public void ParsesRuncsForms()
    {
        Assert.Equal(new Dictionary<string, string> { [""] = "sub" }, SubCgroupPaths.Parse(new[] { "sub" }));
        Assert.Equal(new Dictionary<string, string> { ["cpu"] = "a", ["memory"] = "a", ["pids"] = "b" }, SubCgroupPaths.Parse(new[] { "cpu,memory:a", "pids:b" }));
    }

    [Theory]
    [InlineData("invalid --cgroup argument: a:b:c", "a:b:c")]
    [InlineData("invalid --cgroup argument: foo (missing <controller>: prefix)", "foo", "bar")]
    [InlineData("invalid --cgroup argument: :x (empty <controller> prefix)", ":x")]
    [InlineData("invalid --cgroup argument(s): controller cpu specified multiple times", "cpu:a", "cpu:b")]
    public void RejectsWhatRuncRejects(string message, params string[] args) =>
        Assert.Equal(message, Assert.Throws<RuntimeError>(() => SubCgroupPaths.Parse(args)).Message);

    [Fact]
    public void ResolvesPerControllerAndChecksTheSubCgroupExists()
    {
        string root = Directory.CreateTempSubdirectory("subcg-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "cpu", "c1", "sub"));
            Directory.CreateDirectory(Path.Combine(root, "memory", "c1"));
            var paths = new Dictionary<string, string> { ["cpu"] = Path.Combine(root, "cpu", "c1"), ["memory"] = Path.Combine(root, "memory", "c1") };
            var dirs = SubCgroupPaths.Resolve(paths, SubCgroupPaths.Parse(new[] { "cpu:sub" }));
            Assert.Contains(Path.Combine(root, "cpu", "c1", "sub"), dirs);
            Assert.Contains(Path.Combine(root, "memory", "c1"), dirs);
            Assert.Throws<RuntimeError>(() => SubCgroupPaths.Resolve(paths, SubCgroupPaths.Parse(new[] { "sub" })));
            Assert.Throws<RuntimeError>(() => SubCgroupPaths.Resolve(paths, SubCgroupPaths.Parse(new[] { "pids:sub" })));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
