using System;
using System.Collections.Generic;
using System.Text.Json;
using Runc.Libcontainer.Cgroups;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Launch;

/// <summary>
/// What the parent tells the C# init besides the bundle's config.json (sent as it is): the
/// command-line options and the facts the parent worked out (rootfs path, cgroup mounts, the
/// process to run for an exec).
/// </summary>
public sealed class InitConfig
{
    /// <summary>"standard" (the container's first process) or "setns" (exec into a running container).</summary>
    public string Type { get; set; } = InitTypes.Standard;

    public string ContainerId { get; set; } = "";

    public string Bundle { get; set; } = "";

    /// <summary>The rootfs as an absolute host path.</summary>
    public string Rootfs { get; set; } = "";

    public bool NoPivotRoot { get; set; }

    public bool NoNewKeyring { get; set; }

    /// <summary>Fds 3 .. 3+PreserveFds-1 stay open for the container process.</summary>
    public int PreserveFds { get; set; }

    public bool RootlessEuid { get; set; }

    public List<CgroupMountEntry>? CgroupMounts { get; set; }

    /// <summary>The process to run when it is not config.json's as it is: exec's, or one with LISTEN_FDS added.</summary>
    public Spec.Process? Process { get; set; }

    /// <summary>
    /// The container may wait for `runc start` a long time (`create`, not `run`): hand the wait to
    /// the C stage when nothing else has to happen at start (see Init/StartWaiter).
    /// </summary>
    public bool LightWait { get; set; }

    /// <summary>The process inherits a console: the init creates a pty and sends its master here.</summary>
    public int ConsoleSocketFd { get; set; } = -1;

    /// <summary>The wire form (compact JSON, written and read by hand: no serializer metadata on the launch path).</summary>
    public byte[] ToJson() => GoJsonWriter.ToUtf8Bytes(this, indented: false, WriteJson);

    public static InitConfig FromJson(ReadOnlySpan<byte> json) =>
        GoJsonReader.ReadDocument<InitConfig>(json, "init config", ReadJson) ?? throw new RuntimeError("empty init config");

    internal static void ReadJson(ref Utf8JsonReader reader, InitConfig c)
    {
        Span<char> key = stackalloc char[GoJsonReader.MaxFieldName];
        while (GoJsonReader.NextField(ref reader, key, out int length))
        {
            switch (key[..length])
            {
                case "type":
                    c.Type = GoJsonReader.String(ref reader) ?? c.Type;
                    break;
                case "id":
                    c.ContainerId = GoJsonReader.String(ref reader) ?? c.ContainerId;
                    break;
                case "bundle":
                    c.Bundle = GoJsonReader.String(ref reader) ?? c.Bundle;
                    break;
                case "rootfs":
                    c.Rootfs = GoJsonReader.String(ref reader) ?? c.Rootfs;
                    break;
                case "no_pivot":
                    c.NoPivotRoot = GoJsonReader.Boolean(ref reader) ?? c.NoPivotRoot;
                    break;
                case "no_new_keyring":
                    c.NoNewKeyring = GoJsonReader.Boolean(ref reader) ?? c.NoNewKeyring;
                    break;
                case "preserve_fds":
                    c.PreserveFds = GoJsonReader.Int32(ref reader) ?? c.PreserveFds;
                    break;
                case "rootless_euid":
                    c.RootlessEuid = GoJsonReader.Boolean(ref reader) ?? c.RootlessEuid;
                    break;
                case "cgroup_mounts":
                    c.CgroupMounts = GoJsonReader.Objects<CgroupMountEntry>(ref reader, CgroupMountEntry.ReadJson);
                    break;
                case "process":
                    c.Process = GoJsonReader.Object(ref reader, c.Process, Spec.Process.ReadJson);
                    break;
                case "light_wait":
                    c.LightWait = GoJsonReader.Boolean(ref reader) ?? c.LightWait;
                    break;
                case "console_socket_fd":
                    c.ConsoleSocketFd = GoJsonReader.Int32(ref reader) ?? c.ConsoleSocketFd;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    internal static void WriteJson(Utf8JsonWriter writer, InitConfig c)
    {
        writer.WriteStartObject();
        writer.WriteString("type"u8, c.Type);
        writer.WriteString("id"u8, c.ContainerId);
        writer.WriteString("bundle"u8, c.Bundle);
        writer.WriteString("rootfs"u8, c.Rootfs);
        writer.WriteBoolean("no_pivot"u8, c.NoPivotRoot);
        writer.WriteBoolean("no_new_keyring"u8, c.NoNewKeyring);
        writer.WriteNumber("preserve_fds"u8, c.PreserveFds);
        writer.WriteBoolean("rootless_euid"u8, c.RootlessEuid);
        GoJsonWriter.Objects(writer, "cgroup_mounts"u8, c.CgroupMounts, CgroupMountEntry.WriteJson);
        GoJsonWriter.Object(writer, "process"u8, c.Process, Spec.Process.WriteJson);
        writer.WriteBoolean("light_wait"u8, c.LightWait);
        writer.WriteNumber("console_socket_fd"u8, c.ConsoleSocketFd);
        writer.WriteEndObject();
    }
}
