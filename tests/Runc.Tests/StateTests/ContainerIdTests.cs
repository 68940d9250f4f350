using Runc.Libcontainer;
using Runc.Libcontainer.State;
using Xunit;

namespace Runc.Tests.StateTests;

public class ContainerIdTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("abc-DEF_123")]
    [InlineData("x.y+z")]
    [InlineData("...")]
    [InlineData("a..b")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void ValidIds(string id) => Assert.True(ContainerId.IsValid(id));

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("a b")]
    [InlineData("ä")]
    [InlineData("a:b")]
    [InlineData("a\n")]
    public void InvalidIds(string id)
    {
        Assert.False(ContainerId.IsValid(id));
        Assert.Equal("invalid container ID format", Assert.Throws<RuntimeError>(() => ContainerId.Validate(id)).Message);
    }

    [Fact]
    public void EmptyIdHasItsOwnMessage() =>
        Assert.Equal("container id cannot be empty", Assert.Throws<RuntimeError>(() => ContainerId.Validate("")).Message);
}
