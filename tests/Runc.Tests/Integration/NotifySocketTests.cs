using System;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Runc.Tests.Support;
using Xunit;

namespace Runc.Tests.Integration;

/// <summary>
/// NOTIFY_SOCKET: the container gets its own socket on /run/notify, and READY=1 sent there reaches
/// the host's socket, followed by MAINPID. The container sends it with a tiny static program (busybox
/// has no unix datagram client), built here with gcc and bind-mounted in.
/// </summary>
[Trait("Category", "Integration")]
public class NotifySocketTests
{
    private const string Sender = """
        #include <stdlib.h>
        #include <string.h>
        #include <sys/socket.h>
        #include <sys/un.h>
        int main(int argc, char **argv) {
            struct sockaddr_un a = { .sun_family = AF_UNIX };
            strcpy(a.sun_path, getenv("NOTIFY_SOCKET"));
            int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
            return sendto(fd, argv[1], strlen(argv[1]), 0, (struct sockaddr *)&a, sizeof(a)) < 0;
        }
        """;

    private static string BuildSender(string dir)
    {
        string src = Path.Combine(dir, "notify.c"), exe = Path.Combine(dir, "notify");
        File.WriteAllText(src, Sender);
        using var gcc = Process.Start("gcc", new[] { "-static", "-O", "-o", exe, src })!;
        gcc.WaitForExit();
        Assert.True(gcc.ExitCode == 0, "gcc -static failed");
        return exe;
    }

    [RequiresRootFact]
    public void ReadyIsRelayedToTheHostSocketWithMainPid()
    {
        using var b = new TestBundle("notify").Shell("/notify 'READY=1\nSTATUS=up'; sleep 30");
        string sender = BuildSender(b.Dir);
        b.Config["mounts"]!.AsArray().Add(JsonNode.Parse($$"""{"destination":"/notify","type":"bind","source":"{{sender}}","options":["bind","ro"]}"""));
        string hostPath = Path.Combine(b.Dir, "host.sock");
        using var host = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        host.Bind(new UnixDomainSocketEndPoint(hostPath));
        host.ReceiveTimeout = 20_000;
        b.Save();

        // stdio not redirected: the detached container keeps runc's, and a pipe would stay open until it exits
        var psi = new ProcessStartInfo(RuncBinary.Path) { WorkingDirectory = b.Dir, UseShellExecute = false };
        foreach (string a in new[] { "--root", b.Root, "run", "-d", b.Id })
            psi.ArgumentList.Add(a);
        psi.Environment["NOTIFY_SOCKET"] = hostPath;
        using var runc = Process.Start(psi)!;
        Assert.True(runc.WaitForExit(30_000));
        Assert.Equal(0, runc.ExitCode);

        var buf = new byte[4096];
        string ready = Encoding.UTF8.GetString(buf, 0, host.Receive(buf));
        string mainPid = Encoding.UTF8.GetString(buf, 0, host.Receive(buf));
        Assert.Equal("READY=1\n", ready);
        int pid = (int)JsonNode.Parse(b.Runc("state", b.Id).Stdout)!["pid"]!;
        Assert.Equal($"MAINPID={pid}\n", mainPid);

        var env = b.Runc("exec", b.Id, "sh", "-c", "cat /proc/1/environ | tr '\\0' '\\n' | grep NOTIFY; grep /run/notify /proc/mounts");
        Assert.Contains("NOTIFY_SOCKET=/run/notify/notify.sock", env.Stdout);
        Assert.Contains(" /run/notify ", env.Stdout);
        Assert.Contains(" ro,", env.Stdout);
    }
}
