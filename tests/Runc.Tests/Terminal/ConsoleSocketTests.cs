using Runc.Libcontainer;
using Runc.Libcontainer.Terminal;
using Xunit;

namespace Runc.Tests.Terminal;

public class ConsoleSocketTests
{
    [Theory]
    [InlineData(true, true, "/s", null)]
    [InlineData(false, true, null, null)]
    [InlineData(true, false, null, null)]
    [InlineData(false, false, null, null)]
    [InlineData(true, true, null, "cannot allocate tty if runc will detach without setting console socket")]
    [InlineData(false, true, "/s", "cannot use console socket if runc will not detach or allocate tty")]
    [InlineData(true, false, "/s", "cannot use console socket if runc will not detach or allocate tty")]
    public void CheckFollowsRuncsCheckTerminal(bool detach, bool terminal, string? socket, string? error)
    {
        if (error is null)
            ConsoleSocket.Check(detach, terminal, socket);
        else
            Assert.Equal(error, Assert.Throws<RuntimeError>(() => ConsoleSocket.Check(detach, terminal, socket)).Message);
    }

    [Fact]
    public void ConnectErrorIsGos()
    {
        var e = Assert.Throws<RuntimeError>(() => ConsoleSocket.Connect("/nonexistent/console.sock"));
        Assert.Equal("dial unix /nonexistent/console.sock: connect: no such file or directory", e.Message);
    }
}
