using System;
using System.IO;
using System.Text;
using Runc.Libcontainer.Spec;
using Xunit;
using OciSpec = Runc.Libcontainer.Spec.Spec;

namespace Runc.Tests.Spec;

/// <summary>SpecLoader's file handling and its error messages.</summary>
public sealed class SpecLoaderTests : IDisposable
{
    private readonly string _bundle = Directory.CreateTempSubdirectory("runc-spec-loader-").FullName;

    public void Dispose() => Directory.Delete(_bundle, recursive: true);

    private string ConfigPath => Path.Combine(_bundle, "config.json");

    private static SpecException ParseError(string json) =>
        Assert.Throws<SpecException>(() => SpecLoader.Parse(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void LoadReadsConfigJsonOfTheBundle()
    {
        File.Copy(SpecFiles.Golden("spec.json"), ConfigPath);
        OciSpec spec = SpecLoader.Load(_bundle);
        Assert.Equal("1.0.2-dev", spec.OciVersion);
        Assert.Equal(["sh"], spec.Process!.Args!);
    }

    [Fact]
    public void MissingConfigGivesRuncsMessage()
    {
        var e = Assert.Throws<SpecException>(() => SpecLoader.Load(_bundle));
        Assert.Equal("JSON specification file config.json not found", e.Message);

        File.CreateSymbolicLink(ConfigPath, "/nonexistent/config.json");
        e = Assert.Throws<SpecException>(() => SpecLoader.Load(_bundle));
        Assert.Equal("JSON specification file config.json not found", e.Message);

        e = Assert.Throws<SpecException>(() => SpecLoader.Load(Path.Combine(_bundle, "no-such-bundle")));
        Assert.Equal("JSON specification file config.json not found", e.Message);
    }

    [Fact]
    public void ConfigThatIsADirectoryIsReported()
    {
        Directory.CreateDirectory(ConfigPath);
        var e = Assert.Throws<SpecException>(() => SpecLoader.Load(_bundle));
        Assert.Equal("read config.json: is a directory", e.Message);
    }

    [Theory]
    [InlineData("{\n  \"ociVersion\": \"1.0.2\",\n    \"process\": {,\n}", "config.json: invalid JSON at line 3, column 17: invalid character ','")]
    [InlineData("{\"a\" 1}", "config.json: invalid JSON at line 1, column 6: invalid character '1'")]
    [InlineData("{\"a\": 1,}", "config.json: invalid JSON at line 1, column 9: invalid character '}'")]
    [InlineData("{\"a\": \"x\\q\"}", "config.json: invalid JSON at line 1, column 10: invalid character 'q'")]
    [InlineData("{\"a\": \"unterminated", "config.json: invalid JSON at line 1, column 20: unexpected end of input")]
    [InlineData("{\"process\": {\"cwd\": \"/\"}", "config.json: invalid JSON at line 1, column 25: unexpected end of input")]
    [InlineData("// comment\n{}", "config.json: invalid JSON at line 1, column 1: invalid character '/'")]
    [InlineData("", "config.json: invalid JSON: the document is empty")]
    [InlineData(" \n\t ", "config.json: invalid JSON: the document is empty")]
    public void MalformedJsonNamesThePosition(string json, string message)
    {
        SpecException e = ParseError(json);
        Assert.Equal(message, e.Message);
        Assert.Null(e.Field);
    }

    [Theory]
    [InlineData("{\"process\":{\"user\":{\"uid\":\"0\"}}}", "process.user.uid", "cannot unmarshal string into an integer (uint32)")]
    [InlineData("{\"process\":{\"user\":{\"uid\":1.5}}}", "process.user.uid", "cannot unmarshal number 1.5 into an integer (uint32)")]
    [InlineData("{\"process\":{\"user\":{\"uid\":-1}}}", "process.user.uid", "cannot unmarshal number -1 into an integer (uint32)")]
    [InlineData("{\"process\":{\"args\":\"sh\"}}", "process.args", "cannot unmarshal string into an array")]
    [InlineData("{\"process\":{\"args\":[\"sh\", 1]}}", "process.args[1]", "cannot unmarshal number 1 into a string")]
    [InlineData("{\"process\":{\"terminal\":\"yes\"}}", "process.terminal", "cannot unmarshal string into a boolean")]
    [InlineData("{\"process\":{\"oomScoreAdj\":true}}", "process.oomScoreAdj", "cannot unmarshal bool into an integer (int32)")]
    [InlineData("{\"root\":[]}", "root", "cannot unmarshal array into an object")]
    [InlineData("{\"linux\":{\"resources\":{\"memory\":{\"limit\":99999999999999999999}}}}", "linux.resources.memory.limit", "cannot unmarshal number 99999999999999999999 into an integer (int64)")]
    [InlineData("{\"linux\":{\"namespaces\":[{\"type\":\"pid\"},{\"type\":5}]}}", "linux.namespaces[1].type", "cannot unmarshal number 5 into a string")]
    [InlineData("{\"linux\":{\"sysctl\":{\"net.ipv4.ip_forward\":1}}}", "linux.sysctl[\"net.ipv4.ip_forward\"]", "cannot unmarshal number 1 into a string")]
    [InlineData("{\"linux\":{\"sysctl\":5}}", "linux.sysctl", "cannot unmarshal number 5 into an object")]
    [InlineData("{\"linux\":{\"resources\":{\"rdma\":{\"mlx5\":{\"hcaHandles\":\"x\"}}}}}", "linux.resources.rdma.mlx5.hcaHandles", "cannot unmarshal string into an integer (uint32)")]
    [InlineData("{\"linux\":{\"resources\":{\"blockIO\":{\"weight\":70000}}}}", "linux.resources.blockIO.weight", "cannot unmarshal number 70000 into an integer (uint16)")]
    [InlineData("{\"LINUX\":{\"Devices\":[{\"path\":\"/dev/x\",\"MAJOR\":\"1\"}]}}", "LINUX.Devices[0].MAJOR", "cannot unmarshal string into an integer (int64)")]
    [InlineData("{\"hostname\":\"\\ud800\"}", "hostname", "invalid string (not valid UTF-8, or a lone surrogate escape)")]
    public void TypeMismatchNamesTheField(string json, string field, string reason)
    {
        SpecException e = ParseError(json);
        Assert.Equal($"config.json: {field}: {reason}", e.Message);
        Assert.Equal(field, e.Field);
    }

    [Fact]
    public void NonObjectDocumentIsReported()
    {
        Assert.Equal("config.json: cannot unmarshal array into an object", ParseError("[]").Message);
        Assert.Equal("config.json: cannot unmarshal string into an object", ParseError("\"x\"").Message);
    }

    [Fact]
    public void NullDocumentIsAnEmptySpec()
    {
        OciSpec spec = SpecLoader.Parse("null"u8);
        Assert.Equal("", spec.OciVersion);
        Assert.Null(spec.Process);
    }

    [Fact]
    public void OnlyTheFirstValueIsReadAsByGosDecoder()
    {
        // runc decodes with json.NewDecoder(f).Decode(&spec): what follows the first value is never looked at.
        Assert.Equal("1", SpecLoader.Parse("{\"ociVersion\":\"1\"} trailing {,"u8).OciVersion);
    }

    [Fact]
    public void ByteOrderMarkIsSkipped()
    {
        Assert.Equal("1", SpecLoader.Parse("\uFEFF{\"ociVersion\":\"1\"}"u8).OciVersion);
    }

    [Fact]
    public void MissingOciVersionIsAccepted()
    {
        OciSpec spec = SpecLoader.Parse("{\"process\":{\"cwd\":\"/\",\"args\":[\"sh\"]}}"u8);
        Assert.Equal("", spec.OciVersion);
    }

    [Fact]
    public void SourceNameStartsTheMessage()
    {
        var e = Assert.Throws<SpecException>(() => SpecLoader.ParseResources("{\"memory\":{\"limit\":\"1G\"}}"u8, "stdin"));
        Assert.Equal("stdin: memory.limit: cannot unmarshal string into an integer (int64)", e.Message);

        e = Assert.Throws<SpecException>(() => SpecLoader.ParseProcess("{\"cwd\":1}"u8));
        Assert.Equal("process.json: cwd: cannot unmarshal number 1 into a string", e.Message);
    }

    [Fact]
    public void ProcessAndResourcesFilesLoad()
    {
        string process = Path.Combine(_bundle, "process.json");
        File.WriteAllText(process, "{\"args\":[\"/bin/true\"],\"cwd\":\"/\"}");
        Assert.Equal("/bin/true", SpecLoader.LoadProcess(process).Args![0]);

        string resources = Path.Combine(_bundle, "resources.json");
        File.WriteAllText(resources, "{\"pids\":{\"limit\":10}}");
        Assert.Equal(10, SpecLoader.LoadResources(resources).Pids!.Limit);

        string missing = Path.Combine(_bundle, "missing.json");
        var e = Assert.Throws<SpecException>(() => SpecLoader.LoadProcess(missing));
        Assert.Equal($"open {missing}: no such file or directory", e.Message);

        File.WriteAllText(resources, "{\"pids\":{\"limit\":\"10\"}}");
        e = Assert.Throws<SpecException>(() => SpecLoader.LoadResources(resources));
        Assert.Equal($"{resources}: pids.limit: cannot unmarshal string into an integer (int64)", e.Message);
    }
}
