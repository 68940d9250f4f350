using System.IO;
using System.Text.Json.Nodes;
using Runc.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Runc.Tests.Integration;

/// <summary>
/// process.terminal: the pty made in the container's devpts, its master sent over --console-socket
/// (create+start and exec --tty), driven like recvtty; window sizes; a foreground terminal proxied by runc#.
/// </summary>
[Trait("Category", "Integration")]
public class TerminalTests
{
    private readonly ITestOutputHelper _out;

    public TerminalTests(ITestOutputHelper output) => _out = output;

    private static TestBundle TerminalBundle(string name, params string[] args)
    {
        var b = new TestBundle(name).Args(args);
        b.Config["process"]!["terminal"] = true;
        return b;
    }

    [RequiresRootFact]
    public void CreateStartWithConsoleSocketGivesAnInteractiveShell()
    {
        using var b = TerminalBundle("ttycreate", "sh");
        using var console = new ConsoleClient(b.Dir);
        var create = b.Runc("create", "--console-socket", console.SocketPath, b.Id);
        Assert.True(create.ExitCode == 0, create.ToString());
        console.Receive();
        Assert.Equal("/dev/ptmx", console.MasterName);
        Assert.Equal(0, b.Runc("start", b.Id).ExitCode);

        console.Write("echo hi; tty; readlink /proc/self/fd/0; stat -c %t:%T /dev/console; echo E\"\"ND\n");
        string seen = console.ReadUntil("\r\nEND\r\n");
        _out.WriteLine(seen);
        Assert.Contains("\r\nhi\r\n/dev/pts/0\r\n/dev/pts/0\r\n88:0\r\nEND\r\n", seen); // /dev/console is the pty slave (major 0x88)
        console.Write("exit 4\n");
    }

    [RequiresRootFact]
    public void ExecTtyWithConsoleSocketAndResize()
    {
        using var b = new TestBundle("ttyexec").Args("sleep", "60");
        Assert.Equal(0, b.Runc("run", "-d", b.Id).ExitCode);
        using var console = new ConsoleClient(b.Dir);
        string pidFile = Path.Combine(b.Dir, "tty.pid");
        var r = b.Runc("exec", "-t", "-d", "--console-socket", console.SocketPath, "--pid-file", pidFile, b.Id, "sh");
        Assert.True(r.ExitCode == 0, r.ToString());
        console.Receive();
        console.Resize(40, 120);
        console.Write("echo hi; stty size\n");
        console.ReadUntil("\nhi\r\n");
        string seen = console.ReadUntil("40 120\r\n");
        console.Write("exit\n");
        _out.WriteLine(seen);
        int pid = int.Parse(File.ReadAllText(pidFile));
        Assert.True(pid > 0);
    }

    [RequiresRootFact]
    public void ConsoleSizeIsHonouredAndForegroundRunProxiesTheTerminal()
    {
        using var b = TerminalBundle("ttyfg", "sh", "-c", "stty size; tty; echo out; exit 5");
        b.Config["process"]!["consoleSize"] = JsonNode.Parse("""{"height":25,"width":90}""");
        var r = b.Runc("run", b.Id);
        Assert.Equal(5, r.ExitCode);
        // ONLCR is off on the container's pty: the caller's terminal translates newlines (runc does the same)
        Assert.Equal("25 90\n/dev/pts/0\nout\n", r.Stdout);
    }

    [RequiresRootFact]
    public void ForegroundExecWithTtyProxiesTheTerminal()
    {
        using var b = new TestBundle("ttyfgexec").Args("sleep", "60");
        Assert.Equal(0, b.Runc("run", "-d", b.Id).ExitCode);
        var r = b.Runc("exec", "-t", b.Id, "sh", "-c", "tty; exit 6");
        Assert.Equal(6, r.ExitCode);
        Assert.Equal("/dev/pts/0\n", r.Stdout);
    }
    [RequiresRootFact]
    public void ForegroundTerminalTakesTheCallersWindowSize()
    {
        using var b = new TestBundle("ttywinsz").Args("sleep", "60");
        Assert.Equal(0, b.Runc("run", "-d", b.Id).ExitCode);
        // script(1) gives runc# a terminal of its own: its size is copied to the container's pty
        var r = RuncBinary.Run(new[] { "-qec", $"stty rows 33 cols 101; {RuncBinary.Path} --root {b.Root} exec -t {b.Id} sh -c 'stty size; exit 3'", "/dev/null" }, b.Dir, program: "script");
        Assert.True(r.ExitCode == 3, r.ToString());
        Assert.Contains("33 101", r.Stdout);
    }
    [RequiresRootFact]
    public void WindowChangesFollowTheCallersTerminal()
    {
        using var b = new TestBundle("ttywinch").Args("sleep", "60");
        Assert.Equal(0, b.Runc("run", "-d", b.Id).ExitCode);
        // the terminal changes size while the exec runs; runc# gets SIGWINCH and copies the new size
        string script = $"stty rows 20 cols 70; {RuncBinary.Path} --root {b.Root} exec -t {b.Id} sh -c 'stty size; i=0; while [ $i -lt 200 ]; do [ \"$(stty size)\" = \"50 60\" ] && break; sleep 0.05; i=$((i+1)); done; stty size' & " +
            "sleep 0.5; stty rows 50 cols 60; kill -WINCH $!; wait $!";
        var r = RuncBinary.Run(new[] { "-qec", script, "/dev/null" }, b.Dir, program: "script", timeoutMs: 20_000);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("20 70", r.Stdout);
        Assert.Contains("50 60", r.Stdout);
    }
}
