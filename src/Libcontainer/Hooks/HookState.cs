using System.Collections.Generic;
using Runc.Libcontainer.Spec;
using OciState = Runc.Libcontainer.Spec.State;

namespace Runc.Libcontainer.Hooks;

/// <summary>
/// The OCI state a hook reads on stdin, compact as runc's json.Marshal writes it. The spec's
/// status at each hook: creating (prestart, createRuntime, createContainer), created
/// (startContainer), running (poststart), stopped (poststop, no pid). The pid is the init's as
/// seen from where the hook runs: the host's for runtime-namespace hooks, the container's for
/// createContainer and startContainer.
/// </summary>
public static class HookState
{
    public const string Creating = "creating";
    public const string Created = "created";
    public const string Running = "running";
    public const string Stopped = "stopped";

    public static string Json(string ociVersion, string id, string status, int pid, string bundle, Dictionary<string, string>? annotations) =>
        SpecWriter.ToJson(new OciState
        {
            OciVersion = ociVersion,
            Id = id,
            Status = status,
            Pid = status == Stopped ? 0 : pid,
            Bundle = bundle,
            Annotations = annotations,
        });
}
