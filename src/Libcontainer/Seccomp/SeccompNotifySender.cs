using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Seccomp;

/// <summary>
/// Parent side of SCMP_ACT_NOTIFY (runc 1.1's sendContainerProcessState): connects to
/// linux.seccomp.listenerPath and sends, in one message, the container process state JSON
/// (specs.ContainerProcessState: ociVersion, fds ["seccompFd"], pid, metadata, state) with the
/// notify fd attached (SCM_RIGHTS).
/// </summary>
public static unsafe class SeccompNotifySender
{
    /// <summary>runtime-spec's version in the document (runc 1.1 writes its specs.Version).</summary>
    public const string OciVersion = "1.0.2-dev";

    /// <summary>
    /// The InitProcessOptions.OnSeccompFd of a container whose filter has a listenerPath (else
    /// null): sends the fd with the container's state, <paramref name="status"/> and the pid
    /// <paramref name="containerPid"/> gives for the process that made it (create: the init
    /// itself; exec: the container's init).
    /// </summary>
    public static Action<int, SafeFd>? ForListener(Spec.Spec spec, string id, string bundle, string status, Func<int, int> containerPid)
    {
        var seccomp = spec.Linux?.Seccomp;
        if (string.IsNullOrEmpty(seccomp?.ListenerPath))
            return null;
        return (pid, fd) =>
        {
            var oci = new Spec.State
            {
                OciVersion = spec.OciVersion,
                Id = id,
                Status = status,
                Pid = containerPid(pid),
                Bundle = bundle,
                Annotations = spec.Annotations,
            };
            Send(seccomp.ListenerPath!, seccomp.ListenerMetadata, pid, oci, fd);
        };
    }

    public static void Send(string listenerPath, string? metadata, int pid, Spec.State state, SafeFd notifyFd)
    {
        byte[] doc = ProcessStateJson(metadata, pid, state);
        int sock = Native.runc_unix_connect(listenerPath);
        if (sock < 0)
            throw new RuntimeError($"failed to connect with seccomp agent specified in the seccomp profile: dial unix {listenerPath}: connect: {SyscallException.Describe(Errno.Last)}");
        using var conn = new SafeFd(sock);
        fixed (byte* p = doc)
        {
            if (Native.runc_send_fd(sock, notifyFd.Fd, p, (nuint)doc.Length) != 0)
                throw new RuntimeError($"cannot send seccomp fd to {listenerPath}: {SyscallException.Describe(Errno.Last)}");
        }
    }

    public static byte[] ProcessStateJson(string? metadata, int pid, Spec.State state)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            w.WriteString("ociVersion"u8, OciVersion);
            w.WriteStartArray("fds"u8);
            w.WriteStringValue("seccompFd"u8);
            w.WriteEndArray();
            w.WriteNumber("pid"u8, pid);
            if (!string.IsNullOrEmpty(metadata))
                w.WriteString("metadata"u8, metadata);
            w.WritePropertyName("state"u8);
            w.WriteRawValue(Spec.SpecWriter.ToJson(state), skipInputValidation: true);
            w.WriteEndObject();
        }
        return ms.ToArray();
    }
}
