using System;
using System.IO;
using Runc.Libcontainer;
using Runc.Libcontainer.State;
using Xunit;

namespace Runc.Tests.StateTests;

public class StateStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "runc-store-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void SaveLoadRoundTripAndAtomicWrite()
    {
        var store = new StateStore(_root);
        using (store.CreateContainerDir("c1"))
        {
            var s = new ContainerState { Id = "c1", InitProcessPid = 42, InitProcessStart = 7, Bundle = "/b", Rootfs = "/b/rootfs", Created = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc) };
            s.NamespacePaths["pid"] = "/proc/42/ns/pid";
            store.Save(s);
        }
        var loaded = store.Load("c1");
        Assert.Equal(42, loaded.InitProcessPid);
        Assert.Equal(7UL, loaded.InitProcessStart);
        Assert.Equal("/proc/42/ns/pid", loaded.NamespacePaths["pid"]);
        Assert.Equal(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), loaded.Created.ToUniversalTime());
        Assert.Equal(new[] { "state.json" }, Array.ConvertAll(Directory.GetFiles(store.ContainerDir("c1")), Path.GetFileName));
    }

    [Fact]
    public void DuplicateUnknownAndInvalidIds()
    {
        var store = new StateStore(_root);
        store.CreateContainerDir("dup").Dispose();
        Assert.Equal("container with given ID already exists", Assert.Throws<RuntimeError>(() => store.CreateContainerDir("dup")).Message);
        Assert.Equal("container does not exist", Assert.Throws<RuntimeError>(() => store.Load("nope")).Message);
        Assert.Equal("container does not exist", Assert.Throws<RuntimeError>(() => store.Lock("nope")).Message);
        Assert.Throws<RuntimeError>(() => store.CreateContainerDir("../escape"));
        Assert.False(Directory.Exists(Path.Combine(_root, "..", "escape")));
    }

    [Fact]
    public void ListIsSortedAndSkipsStrayNames()
    {
        var store = new StateStore(_root);
        foreach (string id in new[] { "b", "a", "c" })
            store.CreateContainerDir(id).Dispose();
        Directory.CreateDirectory(Path.Combine(_root, "not valid"));
        Assert.Equal(new[] { "a", "b", "c" }, store.ListIds());
        store.Remove("b");
        Assert.Equal(new[] { "a", "c" }, store.ListIds());
    }
}
