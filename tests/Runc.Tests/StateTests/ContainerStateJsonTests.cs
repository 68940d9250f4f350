using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Runc.Libcontainer;
using Runc.Libcontainer.State;
using Xunit;

namespace Runc.Tests.StateTests;

/// <summary>state.json, read and written by hand: the same file as before, every property kept.</summary>
public sealed class ContainerStateJsonTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "runc-state-json-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    private string StatePath(string id) => Path.Combine(_root, id, StateStore.StateFile);

    [Fact]
    public void AFileOfThePreviousFormatReadsAndIsWrittenBackTheSameButForGoStyleEscapes()
    {
        // Written by the System.Text.Json source-generated version: containers created before keep working.
        const string previous = """{"id":"s1","init_process_pid":16191,"init_process_start":734286,"created":"2026-11-22T10:17:49.1923277Z","oci_version":"1.0.2-dev","bundle":"/tmp/b","rootfs":"/tmp/b/rootfs","owner":"","annotations":{"z":"1","a":"\u003Cx\u003E"},"namespace_paths":{"pid":"/proc/16191/ns/pid","network":"/proc/16191/ns/net"},"cgroup_paths":{},"rootless":false,"systemd_cgroup":false,"cgroup_owned":true}""";
        var store = new StateStore(_root);
        store.CreateContainerDir("s1").Dispose();
        File.WriteAllText(StatePath("s1"), previous);

        ContainerState state = store.Load("s1");
        Assert.Equal(16191, state.InitProcessPid);
        Assert.Equal(734286UL, state.InitProcessStart);
        Assert.Equal(new DateTime(2026, 11, 22, 10, 17, 49, DateTimeKind.Utc).AddTicks(1923277), state.Created);
        Assert.Equal(DateTimeKind.Utc, state.Created.Kind);
        Assert.Equal("<x>", state.Annotations!["a"]);
        Assert.Equal(["pid", "network"], state.NamespacePaths.Keys);

        // Written back with Go's escaping (lowercase hex, as runc writes its files): nothing else changes.
        store.Save(state);
        Assert.Equal(previous.Replace("\\u003C", "\\u003c").Replace("\\u003E", "\\u003e"), File.ReadAllText(StatePath("s1")));
    }

    [Fact]
    public void EveryPropertyRoundTripsUnderItsJsonPropertyName()
    {
        // Set every property to something other than its default, so that one added later without a line in
        // ContainerState.ReadJson/WriteJson fails here.
        var state = new ContainerState();
        PropertyInfo[] properties = typeof(ContainerState).GetProperties();
        foreach (PropertyInfo p in properties)
        {
            object value = p.PropertyType switch
            {
                Type t when t == typeof(string) => "v-" + p.Name,
                Type t when t == typeof(int) => 7,
                Type t when t == typeof(ulong) => ulong.MaxValue,
                Type t when t == typeof(bool) => !(bool)p.GetValue(state)!,
                Type t when t == typeof(DateTime) => new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc).AddTicks(7),
                Type t when t == typeof(Dictionary<string, string>) => new Dictionary<string, string> { ["k-" + p.Name] = "é\"\n" },
                Type t when t == typeof(List<string>) => new List<string> { "v-" + p.Name, "w" },
                Type t => throw new InvalidOperationException($"no test value for {t} {p.Name}"),
            };
            p.SetValue(state, value);
        }
        state.Id = "every";

        var store = new StateStore(_root);
        store.CreateContainerDir("every").Dispose();
        store.Save(state);
        ContainerState loaded = store.Load("every");
        foreach (PropertyInfo p in properties)
        {
            object? expected = p.GetValue(state);
            object? actual = p.GetValue(loaded);
            if (expected is Dictionary<string, string> map)
                Assert.Equal(map, (Dictionary<string, string>)actual!);
            else
                Assert.Equal(expected, actual);
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(StatePath("every")));
        string[] written = document.RootElement.EnumerateObject().Select(f => f.Name).ToArray();
        string[] declared = properties.Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name).ToArray();
        Assert.Equal(declared, written);
    }

    [Fact]
    public void ABrokenStateFileIsReportedWithWhereItIsBroken()
    {
        var store = new StateStore(_root);
        store.CreateContainerDir("bad").Dispose();
        string path = StatePath("bad");

        File.WriteAllText(path, "{\"id\":\"bad\"");
        Assert.Equal($"invalid state file {path}: invalid JSON at line 1, column 12: unexpected end of input",
            Assert.Throws<RuntimeError>(() => store.Load("bad")).Message);

        File.WriteAllText(path, "{\"id\":\"bad\",\"init_process_pid\":\"12\"}");
        Assert.Equal($"invalid state file {path}: init_process_pid: cannot unmarshal string into an integer (int32)",
            Assert.Throws<RuntimeError>(() => store.Load("bad")).Message);

        File.WriteAllText(path, "{\"created\":\"yesterday\"}");
        Assert.Equal($"invalid state file {path}: created: cannot unmarshal string into a time (ISO 8601)",
            Assert.Throws<RuntimeError>(() => store.Load("bad")).Message);

        File.WriteAllBytes(path, Encoding.UTF8.GetBytes("null"));
        Assert.Equal($"invalid state file {path}", Assert.Throws<RuntimeError>(() => store.Load("bad")).Message);
    }
}
