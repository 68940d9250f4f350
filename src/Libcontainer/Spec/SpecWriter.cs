using System.IO;
using System.Text;

namespace Runc.Libcontainer.Spec;

/// <summary>Writes spec documents byte for byte as Go's encoding/json does (<see cref="GoJsonWriter"/>, hand-written
/// per type): field order of the Go structs, omitempty, map keys sorted, Go's string escaping; indented output is
/// json.MarshalIndent(v, "", "\t") with no trailing newline (what <c>runc spec</c> writes).</summary>
public static class SpecWriter
{
    /// <summary>The config as <c>runc spec</c> writes it (tab-indented).</summary>
    public static string ToJson(Spec spec) => Encoding.UTF8.GetString(ToUtf8Bytes(spec));

    /// <summary>UTF-8 bytes of <see cref="ToJson(Spec)"/>.</summary>
    public static byte[] ToUtf8Bytes(Spec spec) => GoJsonWriter.ToUtf8Bytes(spec, indented: true, Spec.WriteJson);

    /// <summary>An OCI state; compact by default, as runc hands it to hooks on stdin (json.Marshal).</summary>
    public static string ToJson(State state, bool indented = false) =>
        Encoding.UTF8.GetString(GoJsonWriter.ToUtf8Bytes(state, indented, State.WriteJson));

    /// <summary>A process document (the format of <c>runc exec --process</c>).</summary>
    public static string ToJson(Process process, bool indented = true) =>
        Encoding.UTF8.GetString(GoJsonWriter.ToUtf8Bytes(process, indented, Process.WriteJson));

    /// <summary>A resources document (the format of <c>runc update --resources</c>).</summary>
    public static string ToJson(LinuxResources resources, bool indented = true) =>
        Encoding.UTF8.GetString(GoJsonWriter.ToUtf8Bytes(resources, indented, LinuxResources.WriteJson));

    /// <summary>Writes <see cref="ToUtf8Bytes"/> to <paramref name="path"/>, creating or truncating it with mode
    /// 0666 before the umask, as Go's os.WriteFile(path, data, 0o666) in <c>runc spec</c>. Refusing an existing
    /// config.json ("File config.json exists. Remove it first") is the caller's business.</summary>
    public static void WriteFile(Spec spec, string path)
    {
        // .NET creates files with mode 0666 less the umask, as Go does here.
        File.WriteAllBytes(path, ToUtf8Bytes(spec));
    }
}
