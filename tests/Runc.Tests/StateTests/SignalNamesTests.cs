using Runc.Libcontainer;
using Runc.Libcontainer.Signals;
using Xunit;

namespace Runc.Tests.StateTests;

public class SignalNamesTests
{
    [Theory]
    [InlineData("KILL", 9)]
    [InlineData("SIGKILL", 9)]
    [InlineData("sigterm", 15)]
    [InlineData("9", 9)]
    [InlineData("SIGHUP", 1)]
    [InlineData("USR2", 12)]
    [InlineData("WINCH", 28)]
    [InlineData("RTMIN", 34)]
    [InlineData("RTMIN+2", 36)]
    [InlineData("SIGRTMAX-1", 63)]
    public void Parses(string name, int sig) => Assert.Equal(sig, SignalNames.Parse(name));

    [Theory]
    [InlineData("SIGNOPE")]
    [InlineData("0")]
    [InlineData("65")]
    [InlineData("")]
    public void RejectsUnknown(string name) =>
        Assert.StartsWith("unknown signal", Assert.Throws<RuntimeError>(() => SignalNames.Parse(name)).Message);
}
