using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;
using Runc.Libcontainer.Launch;
using Runc.Libcontainer.Seccomp;
using Runc.Libcontainer.Spec;
using Xunit;

namespace Runc.Tests.Seccomp;

/// <summary>What the parent refuses before starting the init, with runc 1.1's messages (checked against /usr/sbin/runc).</summary>
public class SeccompProfileTests
{
    public static TheoryData<string, string> Refusals => new()
    {
        { """{"defaultAction":"SCMP_ACT_FOO"}""", "string SCMP_ACT_FOO is not a valid action for seccomp" },
        { """{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["read"]}]}""", "string  is not a valid action for seccomp" },
        { """{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["read"],"action":"SCMP_ACT_ERRNO","args":[{"index":0,"value":1,"op":"SCMP_CMP_XX"}]}]}""", "string SCMP_CMP_XX is not a valid operator for seccomp" },
        { """{"defaultAction":"SCMP_ACT_ALLOW","architectures":["SCMP_ARCH_FOO"]}""", "string SCMP_ARCH_FOO is not a valid arch for seccomp" },
        { """{"defaultAction":"SCMP_ACT_ALLOW","flags":["SECCOMP_FILTER_FLAG_FOO"]}""", "seccomp flags \"SECCOMP_FILTER_FLAG_FOO\" not yet supported by runc" },
    };

    private static LinuxSeccomp Parse(string json)
    {
        var spec = SpecLoader.Parse(Encoding.UTF8.GetBytes("""{"ociVersion":"1.0.2","linux":{"seccomp":""" + json + "}}"));
        return spec.Linux!.Seccomp!;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void InvalidProfilesAreRefusedWithRuncsMessage(string json, string message)
    {
        var e = Assert.Throws<SpecException>(() => SeccompProfile.Validate(Parse(json)));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void NoDefaultActionAndNoRulesIsSeccompOff()
    {
        Assert.False(SeccompProfile.IsEnabled(Parse("""{"defaultAction":""}""")));
        SeccompProfile.Validate(Parse("""{"defaultAction":""}"""));
        Assert.True(SeccompProfile.IsEnabled(Parse("""{"defaultAction":"SCMP_ACT_ALLOW"}""")));
    }

    [Fact]
    public void ActionsCarryErrnoRetAndKillIsKillThread()
    {
        Assert.Equal(0x00050000u | 1, SeccompNames.Action("SCMP_ACT_ERRNO", null));
        Assert.Equal(0x00050000u | 38, SeccompNames.Action("SCMP_ACT_ERRNO", 38));
        Assert.Equal(0x7ff00000u | 1, SeccompNames.Action("SCMP_ACT_TRACE", null));
        Assert.Equal(0u, SeccompNames.Action("SCMP_ACT_KILL", null));
        Assert.Equal(0u, SeccompNames.Action("SCMP_ACT_KILL_THREAD", null));
        Assert.Equal(0x80000000u, SeccompNames.Action("SCMP_ACT_KILL_PROCESS", null));
        Assert.Equal(0x7fc00000u, SeccompNames.Action("SCMP_ACT_NOTIFY", null));
        Assert.Equal("x86_64", SeccompNames.Architecture("SCMP_ARCH_X86_64"));
        Assert.Equal("mipsel64n32", SeccompNames.Architecture("SCMP_ARCH_MIPSEL64N32"));
        Assert.Null(SeccompNames.Architecture("x86_64"));
    }

    [Fact]
    public void ListenerGetsRuncsContainerProcessState()
    {
        var state = new State { OciVersion = "1.0.2", Id = "c1", Status = "creating", Pid = 42, Bundle = "/b", Annotations = new Dictionary<string, string> { ["a"] = "b" } };
        var doc = JsonNode.Parse(SeccompNotifySender.ProcessStateJson("meta", 42, state))!;
        Assert.Equal("""{"ociVersion":"1.0.2-dev","fds":["seccompFd"],"pid":42,"metadata":"meta","state":{"ociVersion":"1.0.2","id":"c1","status":"creating","pid":42,"bundle":"/b","annotations":{"a":"b"}}}""",
            doc.ToJsonString());
        Assert.Null(JsonNode.Parse(SeccompNotifySender.ProcessStateJson(null, 42, state))!["metadata"]);
    }

    [Fact]
    public void BootstrapAsksTheCStageToLoadLibseccompOnlyWithSeccomp()
    {
        var b = new BootstrapData();
        b.PreloadFor(null);
        Assert.Null(b.Dlopen);
        b.PreloadFor(Parse("""{"defaultAction":"SCMP_ACT_ALLOW"}"""));
        Assert.Equal("libseccomp.so.2", b.Dlopen);
        byte[] wire = b.Encode();
        // The last attribute: type 7, then the name.
        Assert.EndsWith("libseccomp.so.2", Encoding.ASCII.GetString(wire));
        Assert.Equal(7, wire[wire.Length - 15 - 8]);
    }
}
