using System;
using System.IO;
using System.Text.Json.Nodes;

namespace Runc.Tests.Support;

/// <summary>
/// A bundle of its own for one test: config.json from bundles/busybox (made by `make bundles`),
/// edited by the test, pointing at the shared busybox rootfs (read-only in the config), and a
/// private --root, so that tests never see each other's containers.
/// </summary>
public sealed class TestBundle : IDisposable
{
    private static int _counter;

    public TestBundle(string name)
    {
        string template = Environment.GetEnvironmentVariable("RUNC_BUNDLE") is { Length: > 0 } b
            ? b
            : System.IO.Path.Combine(RuncBinary.RepoRoot, "bundles", "busybox");
        if (!File.Exists(System.IO.Path.Combine(template, "config.json")))
            throw new InvalidOperationException($"{template}/config.json is missing: run 'make bundles'");
        Dir = Directory.CreateTempSubdirectory("runc-test-").FullName;
        Root = System.IO.Path.Combine(Dir, "state");
        Id = $"{name}-{Environment.ProcessId}-{System.Threading.Interlocked.Increment(ref _counter)}";
        Config = JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(template, "config.json")))!.AsObject();
        Config["root"]!["path"] = System.IO.Path.Combine(template, "rootfs");
        Rootfs = System.IO.Path.Combine(template, "rootfs");
    }

    public string Dir { get; }

    public string Root { get; }

    public string Id { get; }

    public string Rootfs { get; }

    public JsonObject Config { get; }

    /// <summary>Sets process.args.</summary>
    public TestBundle Args(params string[] args)
    {
        var arr = new JsonArray();
        foreach (string a in args)
            arr.Add(a);
        Config["process"]!["args"] = arr;
        return this;
    }

    /// <summary>Sets process.args to sh -c SCRIPT.</summary>
    public TestBundle Shell(string script) => Args("sh", "-c", script);

    public void Save() => File.WriteAllText(System.IO.Path.Combine(Dir, "config.json"), Config.ToJsonString());

    /// <summary>runc --root ROOT ARGS… in the bundle directory (config.json saved first).</summary>
    public RunResult Runc(params string[] args)
    {
        Save();
        var all = new string[args.Length + 2];
        all[0] = "--root";
        all[1] = Root;
        args.CopyTo(all, 2);
        return RuncBinary.Run(all, Dir);
    }

    /// <summary>`runc run` of this bundle in the foreground.</summary>
    public RunResult Run() => Runc("run", Id);

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(System.IO.Path.Combine(Root, Id)))
                RuncBinary.Run(new[] { "--root", Root, "delete", "-f", Id }, Dir);
        }
        catch (Exception)
        {
        }
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (Exception)
        {
        }
    }
}
