using System;
using System.IO;

namespace Runc.Libcontainer.Spec;

/// <summary>Reads spec documents with Go's encoding/json tolerance (<see cref="GoJsonReader"/>, hand-written per type:
/// no serializer metadata to build on the launch path): field names match case-insensitively, unknown fields are
/// ignored, only the first JSON value is read (trailing bytes are not looked at, as json.Decoder), null leaves a
/// field unset. Errors are <see cref="SpecException"/>s whose one-line message names the source, and the
/// position (syntax errors) or the field (type errors).</summary>
public static class SpecLoader
{
    /// <summary>The spec file of a bundle.</summary>
    public const string ConfigFileName = "config.json";

    /// <summary>Reads and parses &lt;<paramref name="bundleDir"/>&gt;/config.json. Errors name the file
    /// "config.json", as runc does; a missing file gives runc's exact
    /// "JSON specification file config.json not found".</summary>
    public static Spec Load(string bundleDir)
    {
        string path = Path.Combine(bundleDir, ConfigFileName);
        byte[] data;
        try
        {
            if (Directory.Exists(path))
            {
                throw new SpecException($"read {ConfigFileName}: is a directory");
            }
            data = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SpecException($"JSON specification file {ConfigFileName} not found", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new SpecException($"open {ConfigFileName}: permission denied", ex);
        }
        catch (IOException ex)
        {
            throw new SpecException($"read {ConfigFileName}: {ex.Message}", ex);
        }
        return Parse(data);
    }

    /// <summary>Parses a config document; <paramref name="sourceName"/> starts the error messages. A missing
    /// ociVersion is accepted here (see <see cref="SpecValidator"/>).</summary>
    public static Spec Parse(ReadOnlySpan<byte> json, string sourceName = ConfigFileName) =>
        GoJsonReader.ReadDocument<Spec>(json, sourceName, Spec.ReadJson) ?? new Spec();

    /// <summary>Reads a process document (<c>runc exec --process FILE</c>).</summary>
    public static Process LoadProcess(string path) => ParseProcess(ReadFile(path), path);

    /// <summary>Parses a process document.</summary>
    public static Process ParseProcess(ReadOnlySpan<byte> json, string sourceName = "process.json") =>
        GoJsonReader.ReadDocument<Process>(json, sourceName, Process.ReadJson) ?? new Process();

    /// <summary>Reads a resources document (<c>runc update --resources FILE</c>).</summary>
    public static LinuxResources LoadResources(string path) => ParseResources(ReadFile(path), path);

    /// <summary>Parses a resources document (for <c>--resources -</c>, pass stdin's bytes and a name such as
    /// "stdin").</summary>
    public static LinuxResources ParseResources(ReadOnlySpan<byte> json, string sourceName = "resources") =>
        GoJsonReader.ReadDocument<LinuxResources>(json, sourceName, LinuxResources.ReadJson) ?? new LinuxResources();

    /// <summary>Parses an OCI state document (what a hook reads on stdin).</summary>
    public static State ParseState(ReadOnlySpan<byte> json, string sourceName = "state") =>
        GoJsonReader.ReadDocument<State>(json, sourceName, State.ReadJson) ?? new State();

    private static byte[] ReadFile(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                throw new SpecException($"read {path}: is a directory");
            }
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SpecException($"open {path}: no such file or directory", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new SpecException($"open {path}: permission denied", ex);
        }
        catch (IOException ex)
        {
            throw new SpecException($"read {path}: {ex.Message}", ex);
        }
    }
}
