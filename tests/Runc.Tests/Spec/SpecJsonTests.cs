using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Runc.Libcontainer.Spec;
using Xunit;
using OciSpec = Runc.Libcontainer.Spec.Spec;

namespace Runc.Tests.Spec;

/// <summary>Reading and writing the spec types with Go's encoding/json behaviour.</summary>
public class SpecJsonTests
{
    private static OciSpec Parse(string json) => SpecLoader.Parse(Encoding.UTF8.GetBytes(json));

    private static string Compact(OciSpec spec) =>
        JsonNode.Parse(SpecWriter.ToJson(spec))!.ToJsonString(new JsonSerializerOptions { WriteIndented = false });

    [Fact]
    public void FullFixtureRoundTripsSemantically()
    {
        byte[] input = SpecFiles.ReadFixture("config-full.json");
        string output = SpecWriter.ToJson(SpecLoader.Parse(input));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(input), JsonNode.Parse(output)), output);
    }

    [Fact]
    public void FullFixtureRoundTripsByteForByte()
    {
        // The fixture is in Go's canonical form (MarshalIndent, tab, Go struct field order), so the bytes come back.
        byte[] input = SpecFiles.ReadFixture("config-full.json");
        Assert.Equal(Encoding.UTF8.GetString(input), SpecWriter.ToJson(SpecLoader.Parse(input)));
    }

    [Fact]
    public void ReproducesWhatGoWrites()
    {
        // config-full.go.json is config-full.json decoded and re-encoded by Go 1.19's encoding/json (the toolchain
        // of Debian's runc 1.1.5) with Debian's runtime-spec specs-go 1.0.2.118 (json.MarshalIndent(spec, "",
        // "\t")): it lacks the fields that version does not know, and checks our field order, omitempty, map key
        // order and string escaping against the real thing.
        byte[] go = SpecFiles.ReadFixture("config-full.go.json");
        Assert.Equal(Encoding.UTF8.GetString(go), SpecWriter.ToJson(SpecLoader.Parse(go)));
    }

    [Fact]
    public void FullFixtureSetsEveryPropertyOfEveryType()
    {
        // Walk the contract from Spec and check that the fixture gives each property of each type a value, so the
        // round-trip tests above cover every field.
        JsonNode fixture = JsonNode.Parse(SpecFiles.ReadFixture("config-full.json"))!;
        var seen = new HashSet<string>();
        var declared = new HashSet<string>();
        Collect(SpecJsonContext.Default.Spec, fixture, seen, declared);
        Assert.Empty(declared.Except(seen).Order());
        Assert.True(declared.Count > 150, $"only {declared.Count} properties found");
    }

    private static void Collect(JsonTypeInfo info, JsonNode? node, HashSet<string> seen, HashSet<string> declared)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (JsonPropertyInfo p in info.Properties)
                {
                    string name = $"{info.Type.Name}.{p.Name}";
                    declared.Add(name);
                    JsonNode? value = node?.AsObject()[p.Name];
                    if (value is not null)
                    {
                        seen.Add(name);
                    }
                    Collect(info.Options.GetTypeInfo(p.PropertyType), value, seen, declared);
                }
                break;
            case JsonTypeInfoKind.Enumerable:
            case JsonTypeInfoKind.Dictionary:
                JsonTypeInfo element = info.Options.GetTypeInfo(info.ElementType!);
                IEnumerable<JsonNode?> items = node switch
                {
                    JsonArray a => a,
                    JsonObject o => o.Select(kv => kv.Value),
                    _ => [],
                };
                bool any = false;
                foreach (JsonNode? item in items)
                {
                    any = true;
                    Collect(element, item, seen, declared);
                }
                if (!any)
                {
                    Collect(element, null, seen, declared);
                }
                break;
        }
    }

    [Fact]
    public void UnknownFieldsAreIgnored()
    {
        OciSpec spec = Parse("""
            {"ociVersion": "1.2.0", "solaris": {"milestone": "x"}, "windows": {"layerFolders": ["c:\\x"]},
             "process": {"cwd": "/", "future": [1, {"a": null}], "user": {"uid": 1, "sid": "S-1"}},
             "linux": {"memoryPolicy": {"mode": "MPOL_BIND", "nodes": "0"}, "namespaces": [{"type": "pid", "x": 1}]}}
            """);
        Assert.Equal("1.2.0", spec.OciVersion);
        Assert.Equal(1u, spec.Process!.User.Uid);
        Assert.Equal("pid", spec.Linux!.Namespaces![0].Type);
        Assert.DoesNotContain("memoryPolicy", SpecWriter.ToJson(spec));
        Assert.DoesNotContain("solaris", SpecWriter.ToJson(spec));
    }

    [Fact]
    public void KeysMatchCaseInsensitivelyAsInGo()
    {
        OciSpec spec = Parse("""
            {"OCIVERSION": "1.0.2", "Process": {"CWD": "/x", "User": {"UID": 7, "Gid": 8}, "NoNewPrivileges": true},
             "LINUX": {"UIDMAPPINGS": [{"ContainerId": 0, "HOSTID": 1000, "SIZE": 1}], "Resources": {"Memory": {"LIMIT": -1}}}}
            """);
        Assert.Equal("1.0.2", spec.OciVersion);
        Assert.Equal("/x", spec.Process!.Cwd);
        Assert.Equal(7u, spec.Process.User.Uid);
        Assert.Equal(8u, spec.Process.User.Gid);
        Assert.True(spec.Process.NoNewPrivileges);
        Assert.Equal(1000u, spec.Linux!.UidMappings![0].HostId);
        Assert.Equal(-1L, spec.Linux.Resources!.Memory!.Limit);
    }

    [Fact]
    public void NullLeavesAFieldUnsetAsInGo()
    {
        OciSpec spec = Parse("""
            {"ociVersion": null, "root": null, "hostname": null,
             "process": {"terminal": null, "user": {"uid": null, "gid": 3, "additionalGids": [1, null]},
                         "cwd": null, "args": null, "oomScoreAdj": null},
             "linux": {"resources": {"pids": {"limit": null}}, "seccomp": {"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": null, "action": "SCMP_ACT_LOG"}]}}}
            """);
        Assert.Equal("", spec.OciVersion);
        Assert.Null(spec.Root);
        Assert.Null(spec.Hostname);
        Assert.False(spec.Process!.Terminal);
        Assert.Equal(0u, spec.Process.User.Uid);
        Assert.Equal(3u, spec.Process.User.Gid);
        Assert.Equal([1u, 0u], spec.Process.User.AdditionalGids!);
        Assert.Equal("", spec.Process.Cwd);
        Assert.Null(spec.Process.Args);
        Assert.Null(spec.Process.OomScoreAdj);
        Assert.Equal(0L, spec.Linux!.Resources!.Pids!.Limit);
        Assert.Empty(spec.Linux.Seccomp!.Syscalls![0].Names);

        Assert.Equal("/", Parse("""{"process": {"user": null, "cwd": "/"}}""").Process!.Cwd);
        Assert.NotNull(Parse("""{"process": {"user": null}}""").Process!.User);
    }

    [Fact]
    public void OmitEmptyDropsWhatGoDrops()
    {
        // omitempty: false, 0, "" and empty arrays/maps are not written; nil pointers neither, but a pointer to a
        // zero value is; fields without omitempty always are.
        OciSpec spec = Parse("""
            {"ociVersion": "", "hostname": "", "mounts": [], "annotations": {},
             "process": {"terminal": false, "cwd": "", "args": [], "env": [], "oomScoreAdj": 0, "apparmorProfile": "",
                         "user": {"uid": 0, "gid": 0, "umask": 0, "additionalGids": []}},
             "root": {"path": "", "readonly": false},
             "linux": {"sysctl": {}, "namespaces": [{"type": "pid", "path": ""}],
                       "resources": {"memory": {"limit": 0, "disableOOMKiller": false}, "pids": {"limit": 0}},
                       "seccomp": {"defaultAction": "", "syscalls": [{"names": [], "action": "", "args": [{"index": 0, "value": 0, "valueTwo": 0, "op": ""}]}]},
                       "timeOffsets": {"monotonic": {"secs": 0, "nanosecs": 0}}}}
            """);
        Assert.Equal(
            """{"ociVersion":"","process":{"user":{"uid":0,"gid":0,"umask":0},"cwd":"","oomScoreAdj":0},"root":{"path":""},"linux":{"resources":{"memory":{"limit":0,"disableOOMKiller":false},"pids":{"limit":0}},"namespaces":[{"type":"pid"}],"seccomp":{"defaultAction":"","syscalls":[{"names":[],"action":"","args":[{"index":0,"value":0,"op":""}]}]},"timeOffsets":{"monotonic":{}}}}""",
            Compact(spec));
    }

    [Fact]
    public void MapKeysAreWrittenSortedAsInGo()
    {
        var spec = new OciSpec
        {
            Annotations = new Dictionary<string, string> { ["b"] = "1", ["a"] = "2", ["B"] = "3", ["é"] = "4", ["😀"] = "5", ["\uFB01"] = "6" },
        };
        string json = SpecWriter.ToJson(spec);
        // Byte order of the UTF-8 keys: "B" < "a" < "b" < "é" (C3 A9) < "ﬁ" (EF AC 81) < "😀" (F0 9F…).
        string[] keys = ["\"B\"", "\"a\"", "\"b\"", "\"é\"", "\"\uFB01\"", "\"😀\""];
        int[] positions = keys.Select(k => json.IndexOf(k, StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void StringsAreEscapedAsInGo()
    {
        var spec = new OciSpec { Hostname = "<a&b> \"q\" \\ \u2028\u2029 \u0001\b\f\t\n\r \u007f é 😀 \uD800" };
        string json = SpecWriter.ToJson(spec);
        // go1.19: HTML-safe \u003c \u003e \u0026, \u2028 \u2029, lowercase hex, \b and \f as \u0008 \u000c, DEL and
        // non-ASCII raw. A lone surrogate becomes U+FFFD, written raw (Go writes the U+FFFD its decoder made of
        // invalid UTF-8 raw too).
        Assert.Contains(
            "\"hostname\": \"\\u003ca\\u0026b\\u003e \\\"q\\\" \\\\ \\u2028\\u2029 \\u0001\\u0008\\u000c\\t\\n\\r \u007f é 😀 \uFFFD\"",
            json);
    }

    [Fact]
    public void StateIsWrittenCompactWithoutAZeroPid()
    {
        var state = new State { OciVersion = "1.0.2-dev", Id = "c1", Status = "stopped", Bundle = "/b" };
        Assert.Equal("""{"ociVersion":"1.0.2-dev","id":"c1","status":"stopped","bundle":"/b"}""", SpecWriter.ToJson(state));

        state.Pid = 42;
        state.Status = "running";
        state.Annotations = new Dictionary<string, string> { ["z"] = "1", ["a"] = "2" };
        Assert.Equal(
            """{"ociVersion":"1.0.2-dev","id":"c1","status":"running","pid":42,"bundle":"/b","annotations":{"a":"2","z":"1"}}""",
            SpecWriter.ToJson(state));

        State back = SpecLoader.ParseState(Encoding.UTF8.GetBytes(SpecWriter.ToJson(state)));
        Assert.Equal(42, back.Pid);
        Assert.Equal("2", back.Annotations!["a"]);
    }

    [Fact]
    public void ProcessDocumentParses()
    {
        // The document of runc exec --process.
        Process process = SpecLoader.ParseProcess("""
            {"terminal": false, "user": {"uid": 1, "gid": 2}, "args": ["/bin/true"], "cwd": "/",
             "env": ["A=1"], "capabilities": {"bounding": ["CAP_KILL"]}, "execCPUAffinity": {"initial": "0-1"}}
            """u8);
        Assert.Equal(["/bin/true"], process.Args!);
        Assert.Equal("0-1", process.ExecCPUAffinity!.Initial);
        Assert.Null(process.ExecCPUAffinity.Final);
        Assert.Equal(["CAP_KILL"], process.Capabilities!.Bounding!);
    }

    [Fact]
    public void ResourcesDocumentParses()
    {
        // The document of runc update --resources.
        LinuxResources resources = SpecLoader.ParseResources("""
            {"memory": {"limit": -1, "swap": 9223372036854775807}, "cpu": {"quota": -1, "shares": 18446744073709551615},
             "pids": {"limit": 100}, "unified": {"memory.max": "max"}}
            """u8);
        Assert.Equal(-1L, resources.Memory!.Limit);
        Assert.Equal(long.MaxValue, resources.Memory.Swap);
        Assert.Equal(ulong.MaxValue, resources.Cpu!.Shares);
        Assert.Equal(100L, resources.Pids!.Limit);
        Assert.Equal("max", resources.Unified!["memory.max"]);
        Assert.Contains("\"shares\": 18446744073709551615", SpecWriter.ToJson(resources));
    }

    [Fact]
    public void SourceGeneratedContextAloneReadsCaseInsensitively()
    {
        // SpecJsonContext.Default is usable on its own (without the Go adjustments of SpecLoader/SpecWriter).
        OciSpec? spec = JsonSerializer.Deserialize("""{"OciVersion": "1.1.0", "process": {"Cwd": "/"}}""", SpecJsonContext.Default.Spec);
        Assert.Equal("1.1.0", spec!.OciVersion);
        Assert.Equal("/", spec.Process!.Cwd);
    }
}
