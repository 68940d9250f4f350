using System.Collections.Generic;
using Runc.Libcontainer.Cgroups;
using Runc.Libcontainer.Launch;
using Xunit;

namespace Runc.Tests.Launch;

public class InitConfigTests
{
    [Fact]
    public void RoundTripsEveryField()
    {
        var c = new InitConfig
        {
            Type = InitTypes.Setns,
            ContainerId = "c1",
            Bundle = "/b",
            Rootfs = "/b/rootfs",
            NoPivotRoot = true,
            NoNewKeyring = true,
            PreserveFds = 2,
            RootlessEuid = true,
            LightWait = true,
            ConsoleSocketFd = 9,
            CgroupMounts = new List<CgroupMountEntry> { new() { Name = "cpu,cpuacct", Source = "/sys/fs/cgroup/cpu,cpuacct/x", FsType = "cgroup", Options = "cpu,cpuacct", Symlinks = new[] { "cpu", "cpuacct" } } },
            Process = new Runc.Libcontainer.Spec.Process { Args = new List<string> { "sh", "-c", "echo \"hi\"" }, Cwd = "/tmp", Env = new List<string> { "A=b" } },
        };
        var back = InitConfig.FromJson(c.ToJson());
        Assert.Equal(c.ToJson(), back.ToJson());
        Assert.Equal(InitTypes.Setns, back.Type);
        Assert.Equal(2, back.PreserveFds);
        Assert.Equal(9, back.ConsoleSocketFd);
        Assert.True(back.NoPivotRoot && back.NoNewKeyring && back.RootlessEuid && back.LightWait);
        Assert.Equal(new[] { "cpu", "cpuacct" }, back.CgroupMounts![0].Symlinks);
        Assert.Equal("echo \"hi\"", back.Process!.Args![2]);
    }

    [Fact]
    public void DefaultsSurviveAnEmptyDocument()
    {
        var c = InitConfig.FromJson("{}"u8);
        Assert.Equal(InitTypes.Standard, c.Type);
        Assert.Equal(-1, c.ConsoleSocketFd);
        Assert.Null(c.Process);
    }
}
