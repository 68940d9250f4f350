using System.IO;
using Runc.Tests.Support;
using Xunit;

namespace Runc.Tests.Integration;

/// <summary>AppArmor and SELinux settings, as runc 1.1 treats them on hosts with and without the LSM.</summary>
[Trait("Category", "Integration")]
public class LsmTests
{
    private static bool SELinuxEnabled() => File.Exists("/sys/fs/selinux/enforce");

    [RequiresRootFact]
    public void AppArmorProfileIsAppliedOrTheCreateFails()
    {
        using var b = new TestBundle("apparmor").Shell("cat /proc/self/attr/current");
        b.Config["process"]!["apparmorProfile"] = "unconfined";
        var r = b.Run();
        if (HostileBundleTests.AppArmorEnabled())
        {
            Assert.True(r.ExitCode == 0, r.ToString());
            Assert.StartsWith("unconfined", r.Stdout);
        }
        else
        {
            // runc 1.1.5 on this host gives the same error.
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("runc run failed: unable to start container process: error during container init: unable to apply apparmor profile: apparmor failed to apply profile: write /proc/self/attr/exec: invalid argument", r.Stderr);
            Assert.DoesNotContain(b.Id, b.Runc("list", "-q").Stdout);
        }
    }

    [RequiresRootFact]
    public void SELinuxProcessLabelWithoutSELinuxIsRefusedAndMountLabelIgnored()
    {
        using var b = new TestBundle("selinux").Shell("grep ' /dev tmpfs ' /proc/self/mountinfo | grep -c context= || true");
        b.Config["linux"]!["mountLabel"] = "system_u:object_r:container_file_t:s0:c1,c2";
        if (SELinuxEnabled())
            return; // the mount label would apply: covered where SELinux runs
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("0\n", r.Stdout);

        b.Config["process"]!["selinuxLabel"] = "system_u:system_r:container_t:s0:c1,c2";
        var refused = b.Run();
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("runc run failed: selinux label is specified in config, but selinux is disabled or not supported", refused.Stderr);
    }
}
