using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Runc.Libcontainer.Spec;
using Xunit;
using OciSpec = Runc.Libcontainer.Spec.Spec;

namespace Runc.Tests.Spec;

/// <summary>The rules of Go's encoding/json that the hand-written readers of the spec types follow beyond the basics
/// of SpecJsonTests: checked field by field, and against what Debian's runc 1.1.5 does with the same input.</summary>
public class SpecJsonGoRulesTests
{
    private static OciSpec Parse(string json) => SpecLoader.Parse(Encoding.UTF8.GetBytes(json));

    private static SpecException ParseError(string json) =>
        Assert.Throws<SpecException>(() => SpecLoader.Parse(Encoding.UTF8.GetBytes(json)));

    /// <summary>The fields whose value is a map: their keys are data, not field names.</summary>
    private static readonly string[] MapFields = ["annotations", "sysctl", "netDevices", "timeOffsets", "rdma", "unified"];

    private static JsonNode? UppercaseFieldNames(JsonNode? node, bool isMap = false)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach ((string key, JsonNode? value) in obj.ToList())
                {
                    obj.Remove(key);
                    copy[isMap ? key : key.ToUpperInvariant()] = UppercaseFieldNames(value, !isMap && MapFields.Contains(key));
                }
                return copy;
            case JsonArray array:
                var items = new JsonArray();
                foreach (JsonNode? item in array.ToList())
                {
                    array.Remove(item);
                    items.Add(UppercaseFieldNames(item));
                }
                return items;
            default:
                return node;
        }
    }

    [Fact]
    public void EveryFieldNameMatchesCaseInsensitively()
    {
        // config-full.json sets every field of every type: with all field names in upper case it must read the same.
        byte[] fixture = SpecFiles.ReadFixture("config-full.json");
        string shouting = UppercaseFieldNames(JsonNode.Parse(fixture))!.ToJsonString();
        Assert.Contains("\"SECCOMP\"", shouting);
        Assert.Contains("\"com.example.a\"", shouting);
        Assert.Equal(Encoding.UTF8.GetString(fixture), SpecWriter.ToJson(Parse(shouting)));
    }

    [Fact]
    public void NamesFoldAsGoFoldsThem()
    {
        // Go also folds U+017F (long s) to s and U+212A (Kelvin sign) to k (runc 1.1.5 reads "hoſtname" as hostname),
        // but not U+0131 (dotless i) to i; escapes are decoded before matching.
        Assert.Equal("longs", Parse("{\"ho\u017Ftname\": \"longs\"}").Hostname);
        Assert.Equal(5L, Parse("{\"linux\": {\"resources\": {\"memory\": {\"\u212Aernel\": 5}}}}").Linux!.Resources!.Memory!.Kernel);
        Assert.Equal(0u, Parse("{\"process\": {\"user\": {\"u\u0131d\": 7}}}").Process!.User.Uid);
        Assert.Equal("esc", Parse("{\"\\u0068ostName\": \"esc\"}").Hostname);
        Assert.Null(Parse("{\"hostnamé\": \"x\", \"hostname2\": \"y\", \"host\": \"z\"}").Hostname);
        Assert.Equal("last", Parse("{\"hostname\": \"first\", \"HOSTNAME\": \"last\"}").Hostname);
    }

    [Fact]
    public void AnObjectGivenTwiceIsMergedAsInGo()
    {
        // Go decodes into the pointer it already has (runc 1.1.5 runs a config whose second "process" only sets
        // terminal), adds to a map it has, and replaces an array.
        OciSpec spec = Parse("""
            {"process": {"cwd": "/a", "args": ["x", "y"]}, "process": {"terminal": true, "args": ["z"]},
             "annotations": {"a": "1", "b": "1"}, "annotations": {"b": "2", "c": "3"}}
            """);
        Assert.Equal("/a", spec.Process!.Cwd);
        Assert.True(spec.Process.Terminal);
        Assert.Equal(["z"], spec.Process.Args!);
        Assert.Equal("1", spec.Annotations!["a"]);
        Assert.Equal("2", spec.Annotations["b"]);
        Assert.Equal("3", spec.Annotations["c"]);

        Assert.Null(Parse("""{"process": {"cwd": "/a"}, "process": null}""").Process);
    }

    [Fact]
    public void NullItemsAreZeroValuesAsInGo()
    {
        OciSpec spec = Parse("""
            {"process": {"args": ["a", null], "rlimits": [null]}, "annotations": {"k": null},
             "linux": {"namespaces": [null, {"type": "pid"}], "resources": {"rdma": {"mlx": null}}}}
            """);
        Assert.Equal(["a", ""], spec.Process!.Args!);
        Assert.Equal("", Assert.Single(spec.Process.Rlimits!).Type);
        Assert.Equal("", spec.Annotations!["k"]);
        Assert.Equal(["", "pid"], spec.Linux!.Namespaces!.Select(n => n.Type));
        Assert.Null(spec.Linux.Resources!.Rdma!["mlx"].HcaHandles);
    }

    [Fact]
    public void ASyntaxErrorAfterATypeErrorIsTheOneReported()
    {
        // Go's decoder checks the syntax of the whole value before it stores any of it.
        const string json = "{\"process\": {\"cwd\": 1}, \"x\": [1,}";
        SpecException e = ParseError(json);
        Assert.Equal($"config.json: invalid JSON at line 1, column {json.LastIndexOf('}') + 1}: invalid character '}}'", e.Message);
        Assert.Null(e.Field);
    }

    [Fact]
    public void TypeErrorsInsideMapsAndArraysOfObjectsNameThePath()
    {
        Assert.Equal(
            "config.json: linux.timeOffsets.monotonic.secs: cannot unmarshal string into an integer (int64)",
            ParseError("{\"linux\": {\"timeOffsets\": {\"monotonic\": {\"secs\": \"1\"}}}}").Message);
        Assert.Equal(
            "config.json: hooks.prestart[1].args[0]: cannot unmarshal bool into a string",
            ParseError("{\"hooks\": {\"prestart\": [{\"path\": \"/a\"}, {\"path\": \"/b\", \"args\": [true]}]}}").Message);
        Assert.Equal(
            "config.json: annotations[\"a b\"]: cannot unmarshal array into a string",
            ParseError("{\"annotations\": {\"a b\": []}}").Message);
        Assert.Equal(
            "config.json: process.user.additionalGids[2]: cannot unmarshal number 1e3 into an integer (uint32)",
            ParseError("{\"process\": {\"user\": {\"additionalGids\": [1, 2, 1e3]}}}").Message);
    }

    [Fact]
    public void InvalidUtf8InAStringIsReported()
    {
        byte[] json = [.. "{\"hostname\": \""u8, 0xFF, .. "\"}"u8];
        var e = Assert.Throws<SpecException>(() => SpecLoader.Parse(json));
        Assert.Equal("config.json: hostname: invalid string (not valid UTF-8, or a lone surrogate escape)", e.Message);
    }

    [Fact]
    public void WritingAndReadingAgainGivesTheSameDocuments()
    {
        // The small documents: a process, resources, and a state with every field set.
        Process process = SpecLoader.ParseProcess(Encoding.UTF8.GetBytes(
            JsonNode.Parse(SpecFiles.ReadFixture("config-full.json"))!["process"]!.ToJsonString()));
        Assert.Equal(SpecWriter.ToJson(process), SpecWriter.ToJson(SpecLoader.ParseProcess(Encoding.UTF8.GetBytes(SpecWriter.ToJson(process)))));
        Assert.StartsWith("{\n\t\"terminal\": true,\n\t\"consoleSize\": {\n\t\t\"height\": 24,", SpecWriter.ToJson(process));

        var state = new State { OciVersion = "1.2.1", Id = "x", Status = "created", Pid = 9, Bundle = "/b", Annotations = new() { ["k"] = "<v>" } };
        string compact = SpecWriter.ToJson(state);
        Assert.Equal("""{"ociVersion":"1.2.1","id":"x","status":"created","pid":9,"bundle":"/b","annotations":{"k":"\u003cv\u003e"}}""", compact);
        Assert.Equal(compact, SpecWriter.ToJson(SpecLoader.ParseState(Encoding.UTF8.GetBytes(compact))));
        Assert.Equal("{\n\t\"ociVersion\": \"1.2.1\",", SpecWriter.ToJson(state, indented: true)[..25]);
    }
}
