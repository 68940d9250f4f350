using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.State;

/// <summary>
/// The --root directory: one directory per container holding state.json (written atomically,
/// temp file + rename), config.json (the bundle's, byte for byte) and exec.fifo while created.
/// A per-container flock on the container directory keeps two commands on one id from interleaving.
/// </summary>
public sealed class StateStore
{
    public const string StateFile = "state.json";
    public const string ConfigFile = "config.json";
    public const string ExecFifo = "exec.fifo";

    public StateStore(string root) => Root = root;

    public string Root { get; }

    public string ContainerDir(string id) => Path.Combine(Root, id);

    /// <summary>Creates the container's directory; refuses an id that exists.</summary>
    public ContainerLock CreateContainerDir(string id)
    {
        ContainerId.Validate(id);
        EnsureRoot();
        string dir = ContainerDir(id);
        if (Libc.mkdirat(Libc.AT_FDCWD, dir, 0x1c9 /* 0711 */) != 0)
        {
            int errno = Errno.Last;
            if (errno == Errno.EEXIST)
                throw new RuntimeError("container with given ID already exists");
            throw new SyscallException("mkdir", dir, errno);
        }
        return ContainerLock.Acquire(dir);
    }

    /// <summary>Locks an existing container's directory; "container does not exist" otherwise.</summary>
    public ContainerLock Lock(string id)
    {
        ContainerId.Validate(id);
        return ContainerLock.TryAcquire(ContainerDir(id)) ?? throw new RuntimeError("container does not exist");
    }

    public bool Exists(string id) => ContainerId.IsValid(id) && Directory.Exists(ContainerDir(id));

    public ContainerState Load(string id)
    {
        ContainerId.Validate(id);
        string path = Path.Combine(ContainerDir(id), StateFile);
        byte[] data;
        try
        {
            data = FileIo.ReadAllBytes(path);
        }
        catch (SyscallException e) when (e.Errno == Errno.ENOENT || e.Errno == Errno.ENOTDIR)
        {
            throw new RuntimeError("container does not exist");
        }
        try
        {
            return GoJsonReader.ReadDocument<ContainerState>(data, path, ContainerState.ReadJson)
                ?? throw new RuntimeError($"invalid state file {path}");
        }
        catch (SpecException e)
        {
            throw new RuntimeError($"invalid state file {e.Message}");
        }
    }

    public void Save(ContainerState state)
    {
        // GoJsonWriter's encoder: building the default JavaScriptEncoder costs more than writing the file.
        byte[] json = Spec.GoJsonWriter.ToUtf8Bytes(state, indented: false, ContainerState.WriteJson);
        FileIo.WriteAtomic(Path.Combine(ContainerDir(state.Id), StateFile), json, 0x180 /* 0600 */);
    }

    public void SaveConfig(string id, ReadOnlySpan<byte> configJson) =>
        FileIo.WriteAtomic(Path.Combine(ContainerDir(id), ConfigFile), configJson, 0x180);

    public byte[] LoadConfig(string id) => FileIo.ReadAllBytes(Path.Combine(ContainerDir(id), ConfigFile));

    /// <summary>Ids of every container directory under the root, sorted like runc's list (by name).</summary>
    public List<string> ListIds()
    {
        var ids = new List<string>();
        if (!Directory.Exists(Root))
            return ids;
        foreach (string dir in Directory.EnumerateDirectories(Root))
        {
            string id = Path.GetFileName(dir);
            if (ContainerId.IsValid(id))
                ids.Add(id);
        }
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    public void Remove(string id)
    {
        string dir = ContainerDir(id);
        if (Directory.Exists(dir))
            Directory.Delete(dir, recursive: true);
    }

    private void EnsureRoot()
    {
        if (!Directory.Exists(Root))
            Directory.CreateDirectory(Root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
