using System;
using System.IO;
using System.Text.Json.Nodes;
using Runc.Tests.Support;
using Xunit;

namespace Runc.Tests.Integration;

/// <summary>New namespaces, namespaces joined by path, and a user namespace with id mappings.</summary>
[Trait("Category", "Integration")]
public class NamespaceTests
{
    private static string Link(string path) => new FileInfo(path).LinkTarget!;

    [RequiresRootFact]
    public void EveryConfiguredNamespaceIsNewAndTheOthersAreTheHosts()
    {
        using var b = new TestBundle("ns").Shell("for n in pid net ipc uts mnt cgroup user; do echo $n $(readlink /proc/self/ns/$n); done");
        b.Config["linux"]!["namespaces"]!.AsArray().Add(JsonNode.Parse("""{"type":"cgroup"}"""));
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        foreach (string line in r.Stdout.Trim().Split('\n'))
        {
            string[] f = line.Split(' ');
            string host = Link("/proc/self/ns/" + f[0]);
            if (f[0] == "user")
                Assert.Equal(host, f[1]);
            else
                Assert.NotEqual(host, f[1]);
        }
    }

    [RequiresRootFact]
    public void NamespacesAreJoinedByPath()
    {
        using var first = new TestBundle("nsfirst").Args("sleep", "30");
        first.Config["hostname"] = "shared-uts";
        Assert.Equal(0, first.Runc("run", "-d", first.Id).ExitCode);
        int pid = (int)JsonNode.Parse(first.Runc("state", first.Id).Stdout)!["pid"]!;

        using var second = new TestBundle("nssecond").Shell("hostname; readlink /proc/self/ns/net; readlink /proc/self/ns/uts; readlink /proc/self/ns/pid");
        var namespaces = second.Config["linux"]!["namespaces"]!.AsArray();
        foreach (var ns in namespaces)
        {
            string type = (string)ns!["type"]!;
            if (type == "network")
                ns["path"] = $"/proc/{pid}/ns/net";
            if (type == "uts")
                ns["path"] = $"/proc/{pid}/ns/uts";
        }
        second.Config.Remove("hostname");
        var r = second.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        string[] lines = r.Stdout.Trim().Split('\n');
        Assert.Equal("shared-uts", lines[0]);
        Assert.Equal(Link($"/proc/{pid}/ns/net"), lines[1]);
        Assert.Equal(Link($"/proc/{pid}/ns/uts"), lines[2]);
        Assert.NotEqual(Link($"/proc/{pid}/ns/pid"), lines[3]);
        Assert.Equal(0, first.Runc("delete", "-f", first.Id).ExitCode);
    }

    [RequiresRootFact]
    public void UserNamespaceMapsRootToAnUnprivilegedHostId()
    {
        using var b = new TestBundle("userns").Shell("id -u; cat /proc/self/uid_map /proc/self/gid_map; stat -c '%U' /bin/busybox; echo hi > /dev/null && echo null-ok");
        b.Config["linux"]!["namespaces"]!.AsArray().Add(JsonNode.Parse("""{"type":"user"}"""));
        b.Config["linux"]!["uidMappings"] = JsonNode.Parse("""[{"containerID":0,"hostID":100000,"size":65536}]""");
        b.Config["linux"]!["gidMappings"] = JsonNode.Parse("""[{"containerID":0,"hostID":200000,"size":65536}]""");
        // a cgroup v1 hierarchy cannot be bind-mounted read-only from a user namespace without a cgroup namespace
        var mounts = b.Config["mounts"]!.AsArray();
        for (int i = mounts.Count - 1; i >= 0; i--)
            if ((string?)mounts[i]!["destination"] == "/sys/fs/cgroup")
                mounts.RemoveAt(i);
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        string[] lines = r.Stdout.Trim().Split('\n');
        Assert.Equal("0", lines[0]);
        Assert.Equal("0 100000 65536", string.Join(' ', lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("0 200000 65536", string.Join(' ', lines[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("nobody", lines[3]); // the rootfs is owned by host root, unmapped inside
        Assert.Equal("null-ok", lines[4]);
    }

    [RequiresRootFact]
    public void AMissingNamespacePathFailsCleanly()
    {
        using var b = new TestBundle("nspath").Args("true");
        foreach (var ns in b.Config["linux"]!["namespaces"]!.AsArray())
            if ((string)ns!["type"]! == "network")
                ns["path"] = "/proc/999999999/ns/net";
        var r = b.Run();
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("/proc/999999999/ns/net", r.Stderr);
        Assert.False(Directory.Exists(Path.Combine(b.Root, b.Id)));
    }

    [RequiresRootFact]
    public void TimeNamespaceShiftsTheBootClock()
    {
        using var b = new TestBundle("timens").Shell("cut -d. -f1 /proc/uptime");
        b.Config["linux"]!["namespaces"]!.AsArray().Add(JsonNode.Parse("""{"type":"time"}"""));
        b.Config["linux"]!["timeOffsets"] = JsonNode.Parse("""{"boottime":{"secs":864000,"nanosecs":0}}""");
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        long inside = long.Parse(r.Stdout.Trim());
        long host = long.Parse(File.ReadAllText("/proc/uptime").Split('.')[0]);
        Assert.InRange(inside - host, 863990, 864010);
    }
}
