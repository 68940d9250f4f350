using System.Linq;
using System.Text.Json.Nodes;
using Runc.Tests.Support;
using Xunit;

namespace Runc.Tests.Integration;

/// <summary>
/// The five capability sets seen from /proc/self/status equal the config's. The same tests pass
/// against runc 1.1 (RUNC_BINARY=/usr/sbin/runc make integration-test …).
/// </summary>
[Trait("Category", "Integration")]
public class CapabilityTests
{
    private const string Status = "grep ^Cap /proc/self/status";

    private static string Caps(TestBundle b, params (string Set, string[] Names)[] sets)
    {
        var caps = new JsonObject();
        foreach (var (set, names) in sets)
            caps[set] = new JsonArray(names.Select(n => (JsonNode)JsonValue.Create(n)!).ToArray());
        b.Config["process"]!["capabilities"] = caps;
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        return r.Stdout;
    }

    [RequiresRootFact]
    public void RootGetsExactlyTheConfiguredSets()
    {
        using var b = new TestBundle("caps-root").Shell(Status);
        string status = Caps(b,
            ("bounding", new[] { "CAP_SYS_ADMIN", "CAP_BPF", "CAP_CHECKPOINT_RESTORE", "CAP_PERFMON", "CAP_KILL" }),
            ("effective", new[] { "CAP_BPF", "CAP_KILL" }),
            ("permitted", new[] { "CAP_BPF", "CAP_SYS_ADMIN", "CAP_KILL" }),
            ("inheritable", new[] { "CAP_KILL" }),
            ("ambient", new[] { "CAP_KILL" }));
        // root's execve (no file caps) makes effective = permitted; the other sets are the config's.
        Assert.Equal(
            "CapInh:\t0000000000000020\nCapPrm:\t0000008000200020\nCapEff:\t0000008000200020\n" +
            "CapBnd:\t000001c000200020\nCapAmb:\t0000000000000020\n", status);
    }

    [RequiresRootFact]
    public void NonRootUserKeepsAmbientCapabilitiesAcrossTheUidChange()
    {
        using var b = new TestBundle("caps-user").Shell("id -u; " + Status);
        b.Config["process"]!["user"] = JsonNode.Parse("""{"uid":1000,"gid":1000}""");
        string status = Caps(b,
            ("bounding", new[] { "CAP_KILL", "CAP_NET_BIND_SERVICE", "CAP_CHOWN" }),
            ("effective", new[] { "CAP_KILL", "CAP_NET_BIND_SERVICE" }),
            ("permitted", new[] { "CAP_KILL", "CAP_NET_BIND_SERVICE", "CAP_CHOWN" }),
            ("inheritable", new[] { "CAP_NET_BIND_SERVICE", "CAP_KILL" }),
            ("ambient", new[] { "CAP_NET_BIND_SERVICE", "CAP_CHOWN" }));
        // CAP_CHOWN is not inheritable, so it cannot be ambient; a non-root execve keeps only the
        // ambient set in permitted/effective.
        Assert.Equal(
            "1000\nCapInh:\t0000000000000420\nCapPrm:\t0000000000000400\nCapEff:\t0000000000000400\n" +
            "CapBnd:\t0000000000000421\nCapAmb:\t0000000000000400\n", status);
    }

    [RequiresRootFact]
    public void NoCapabilitiesObjectMeansNoCapabilities()
    {
        using var b = new TestBundle("caps-none").Shell(Status);
        b.Config["process"]!.AsObject().Remove("capabilities");
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(
            "CapInh:\t0000000000000000\nCapPrm:\t0000000000000000\nCapEff:\t0000000000000000\n" +
            "CapBnd:\t0000000000000000\nCapAmb:\t0000000000000000\n", r.Stdout);
    }

    [RequiresRootFact]
    public void UnknownNamesAreWarnedAboutOnceAndSkipped()
    {
        using var b = new TestBundle("caps-unknown").Shell("grep -E '^Cap(Eff|Amb)' /proc/self/status");
        b.Config["process"]!["capabilities"] = JsonNode.Parse("""
            {"bounding":["CAP_KILL","CAP_FOO"],"effective":["CAP_KILL","cap_chown"],
             "permitted":["CAP_KILL","CAP_BAR"],"ambient":["CAP_FOO"]}
            """);
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("CapEff:\t0000000000000020\nCapAmb:\t0000000000000000\n", r.Stdout);
        Assert.Contains("msg=\"ignoring unknown or unavailable capabilities: [CAP_BAR CAP_FOO cap_chown]\"", r.Stderr);
        Assert.Single(r.Stderr.Split('\n'), l => l.Contains("ignoring unknown", System.StringComparison.Ordinal));
    }
}
