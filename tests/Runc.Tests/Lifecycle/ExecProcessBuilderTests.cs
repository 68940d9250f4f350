using System.Collections.Generic;
using Runc.Libcontainer;
using Runc.Libcontainer.Lifecycle;
using Runc.Libcontainer.Spec;
using Xunit;

namespace Runc.Tests.Lifecycle;

public class ExecProcessBuilderTests
{
    private static Process Config() => new()
    {
        Terminal = true,
        Args = new List<string> { "sh" },
        Env = new List<string> { "PATH=/bin", "TERM=xterm" },
        Cwd = "/",
        User = new User { Uid = 0, Gid = 0 },
        Capabilities = new LinuxCapabilities { Bounding = new List<string> { "CAP_KILL" } },
    };

    [Fact]
    public void FlagsOverrideConfigProcessAsRuncDoes()
    {
        var p = ExecProcessBuilder.Build(new ExecOptions
        {
            Id = "c",
            Args = new[] { "id", "-u" },
            Cwd = "/tmp",
            Env = new[] { "TERM=dumb", "A=1" },
            User = "5:6",
            AdditionalGids = new long[] { 10, 20 },
            Caps = new[] { "CAP_NET_ADMIN" },
            NoNewPrivileges = true,
            Apparmor = "prof",
        }, Config);
        Assert.Equal(new[] { "id", "-u" }, p.Args);
        Assert.Equal("/tmp", p.Cwd);
        Assert.False(p.Terminal); // exec has no terminal unless --tty
        Assert.True(p.NoNewPrivileges);
        Assert.Equal("prof", p.ApparmorProfile);
        Assert.Equal(5u, p.User.Uid);
        Assert.Equal(6u, p.User.Gid);
        Assert.Equal(new uint[] { 10, 20 }, p.User.AdditionalGids);
        Assert.Equal(new[] { "CAP_KILL", "CAP_NET_ADMIN" }, p.Capabilities!.Bounding);
        Assert.Equal(new[] { "CAP_NET_ADMIN" }, p.Capabilities.Ambient);
        Assert.Equal(new[] { "PATH=/bin", "TERM=dumb", "A=1" }, ExecProcessBuilder.MergeEnv(p.Env));
    }

    [Fact]
    public void UserWithoutGidKeepsTheConfigGid()
    {
        var c = Config();
        c.User.Gid = 7;
        var p = ExecProcessBuilder.Build(new ExecOptions { Id = "c", Args = new[] { "x" }, User = "9", Tty = true }, () => c);
        Assert.Equal(9u, p.User.Uid);
        Assert.Equal(7u, p.User.Gid);
        Assert.True(p.Terminal);
    }

    [Theory]
    [InlineData("x", "parsing x as int for uid failed: strconv.Atoi: parsing \"x\": invalid syntax")]
    [InlineData("1:y", "parsing y as int for gid failed: strconv.Atoi: parsing \"y\": invalid syntax")]
    public void BadUserIsRejectedWithRuncsWords(string user, string message)
    {
        var e = Assert.Throws<RuntimeError>(() => ExecProcessBuilder.Build(new ExecOptions { Id = "c", Args = new[] { "x" }, User = user }, Config));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void ValidationMatchesValidateProcessSpec()
    {
        Assert.Equal("Cwd property must not be empty", Assert.Throws<RuntimeError>(() => ExecProcessBuilder.Validate(new Process { Args = new List<string> { "x" } })).Message);
        Assert.Equal("Cwd must be an absolute path", Assert.Throws<RuntimeError>(() => ExecProcessBuilder.Validate(new Process { Cwd = "tmp", Args = new List<string> { "x" } })).Message);
        Assert.Equal("args must not be empty", Assert.Throws<RuntimeError>(() => ExecProcessBuilder.Validate(new Process { Cwd = "/" })).Message);
        Assert.Equal("additional-gids must be a positive number -1",
            Assert.Throws<RuntimeError>(() => ExecProcessBuilder.Build(new ExecOptions { Id = "c", Args = new[] { "x" }, AdditionalGids = new long[] { -1 } }, Config)).Message);
    }

    [Fact]
    public void MergeEnvKeepsFirstPositionAndLastValue()
    {
        Assert.Equal(new[] { "A=3", "B=2", "C=" }, ExecProcessBuilder.MergeEnv(new[] { "A=1", "B=2", "A=3", "C=" }));
        Assert.Throws<RuntimeError>(() => ExecProcessBuilder.MergeEnv(new[] { "NOEQUALS" }));
    }
}
