using System.Linq;
using System.Text.Json.Nodes;
using Runc.Tests.Support;
using Xunit;

namespace Runc.Tests.Integration;

/// <summary>The container's filesystem view: config mounts and their flags, /dev, masked and read-only paths.</summary>
[Trait("Category", "Integration")]
public class MountTests
{
    /// <summary>Options of the mount at <paramref name="target"/> in /proc/self/mounts output.</summary>
    private static string[] Options(string mounts, string target)
    {
        var line = mounts.Split('\n').LastOrDefault(l => l.Split(' ').Length > 3 && l.Split(' ')[1] == target);
        Assert.True(line is not null, $"{target} is not mounted:\n{mounts}");
        return line!.Split(' ')[3].Split(',');
    }

    private static string FsType(string mounts, string target) =>
        mounts.Split('\n').Last(l => l.Split(' ').Length > 3 && l.Split(' ')[1] == target).Split(' ')[2];

    [RequiresRootFact]
    public void DefaultMountsHaveTheirTypesAndFlags()
    {
        using var b = new TestBundle("mounts").Shell("cat /proc/self/mounts");
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        string m = r.Stdout;
        Assert.Equal("proc", FsType(m, "/proc"));
        Assert.Equal("tmpfs", FsType(m, "/dev"));
        Assert.Contains("nosuid", Options(m, "/dev"));
        Assert.Contains("mode=755", Options(m, "/dev"));
        Assert.Equal("devpts", FsType(m, "/dev/pts"));
        Assert.Contains("noexec", Options(m, "/dev/pts"));
        Assert.Equal("mqueue", FsType(m, "/dev/mqueue"));
        Assert.Equal("sysfs", FsType(m, "/sys"));
        Assert.Contains("ro", Options(m, "/sys"));
        Assert.Contains("nodev", Options(m, "/dev/shm"));
        // the rootfs is read-only (root.readonly in the config)
        Assert.Contains("ro", Options(m, "/"));
    }

    [RequiresRootFact]
    public void BindMountWithReadOnlyAndPropagation()
    {
        using var b = new TestBundle("bind");
        System.IO.File.WriteAllText(System.IO.Path.Combine(b.Dir, "hostfile"), "from the host\n");
        System.IO.Directory.CreateDirectory(System.IO.Path.Combine(b.Dir, "hostdir"));
        b.Config["mounts"]!.AsArray().Add(JsonNode.Parse($$"""{"destination":"/mnt/file","type":"bind","source":"{{b.Dir}}/hostfile","options":["rbind","ro"]}"""));
        b.Config["mounts"]!.AsArray().Add(JsonNode.Parse($$"""{"destination":"/mnt/dir","type":"none","source":"hostdir","options":["bind","rw","private"]}"""));
        b.Shell("cat /mnt/file; echo x > /mnt/file 2>/dev/null && echo file-writable || echo file-readonly; touch /mnt/dir/new && echo dir-writable; grep ' /mnt/' /proc/self/mountinfo");
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.StartsWith("from the host\nfile-readonly\ndir-writable\n", r.Stdout);
        Assert.True(System.IO.File.Exists(System.IO.Path.Combine(b.Dir, "hostdir", "new")), "write through the rw bind mount reached the host");
    }

    [RequiresRootFact]
    public void TmpfsWithOptionsAndMissingDestinationIsCreated()
    {
        using var b = new TestBundle("tmpfs").Shell("cat /proc/self/mounts; touch /a/b/c/x && echo ok");
        b.Config["mounts"]!.AsArray().Add(JsonNode.Parse("""{"destination":"/a/b/c","type":"tmpfs","source":"tmpfs","options":["nosuid","nodev","noexec","mode=700","size=1m"]}"""));
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        var o = Options(r.Stdout, "/a/b/c");
        Assert.Contains("nosuid", o);
        Assert.Contains("noexec", o);
        Assert.Contains("mode=700", o);
        Assert.Contains("size=1024k", o);
        Assert.EndsWith("ok\n", r.Stdout);
    }

    [RequiresRootFact]
    public void DefaultDevicesAndSymlinksExist()
    {
        using var b = new TestBundle("dev").Shell("ls -l /dev | awk '{print $1, $5, $6, $NF}'; echo hi > /dev/null && echo null-ok; head -c 4 /dev/zero | wc -c");
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        string o = r.Stdout;
        Assert.Contains("crw-rw-rw- 1, 3 null", o);
        Assert.Contains("crw-rw-rw- 1, 5 zero", o);
        Assert.Contains("crw-rw-rw- 1, 7 full", o);
        Assert.Contains("crw-rw-rw- 1, 8 random", o);
        Assert.Contains("crw-rw-rw- 1, 9 urandom", o);
        Assert.Contains("crw-rw-rw- 5, 0 tty", o);
        Assert.Contains("lrwxrwxrwx", o);
        Assert.Contains("/proc/self/fd", o);
        Assert.Contains("pts/ptmx", o);
        Assert.Contains("null-ok", o);
        Assert.EndsWith("4\n", o);
    }

    [RequiresRootFact]
    public void MaskedPathsAreEmptyAndReadonlyPathsAreNotWritable()
    {
        using var b = new TestBundle("masks").Shell(
            "wc -c < /proc/keys; ls /sys/firmware | wc -l; " +
            "echo 1 > /proc/sys/vm/drop_caches 2>/dev/null && echo sys-writable || echo sys-readonly; " +
            "echo x > /proc/sysrq-trigger 2>/dev/null && echo sysrq-writable || echo sysrq-readonly");
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("0\n0\nsys-readonly\nsysrq-readonly\n", r.Stdout);
    }

    [RequiresRootFact]
    public void WritableRootfsWhenNotReadonly()
    {
        using var b = new TestBundle("rw").Shell("grep ' / ' /proc/self/mounts | cut -d' ' -f4 | cut -d, -f1");
        b.Config["root"]!["readonly"] = false;
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("rw\n", r.Stdout);
    }

    [RequiresRootFact]
    public void SysctlIsWrittenInTheContainersNamespace()
    {
        using var b = new TestBundle("sysctl").Shell("cat /proc/sys/net/ipv4/ip_forward /proc/sys/kernel/shmmni");
        b.Config["linux"]!["sysctl"] = JsonNode.Parse("""{"net.ipv4.ip_forward":"1","kernel.shmmni":"1234"}""");
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("1\n1234\n", r.Stdout);
        Assert.NotEqual("1234", System.IO.File.ReadAllText("/proc/sys/kernel/shmmni").Trim());
    }

    [RequiresRootFact]
    public void NoPivotStillConfinesTheProcessToTheRootfs()
    {
        using var b = new TestBundle("nopivot").Shell("ls /; cat /proc/self/mounts | head -1");
        b.Save();
        var r = b.Runc("run", "--no-pivot", b.Id);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("bin", r.Stdout);
        Assert.DoesNotContain("home", r.Stdout);
    }
}
