using System;
using System.Runtime.InteropServices;
using System.Collections.Generic;
using System.Text;

namespace Runc.Libcontainer.Launch;

/// <summary>
/// The bootstrap message for the C stage: what to unshare and join before the runtime starts
/// (attribute list of src/Native/nsexec.h).
/// </summary>
public sealed class BootstrapData
{
    internal const ushort AttrCloneFlags = 1;
    internal const ushort AttrNsPath = 2;
    internal const ushort AttrUsermap = 3;
    internal const ushort AttrSetgroups = 4;
    internal const ushort AttrOomScoreAdj = 5;
    internal const ushort AttrTimensOffsets = 6;
    internal const ushort AttrDlopen = 7;

    public int CloneFlags { get; set; }

    /// <summary>Namespaces to join: (CLONE_NEW* type, path).</summary>
    public List<(int Type, string Path)> JoinPaths { get; } = new();

    /// <summary>The parent writes uid/gid maps when the C stage asks (new user namespace).</summary>
    public bool RequestUserMaps { get; set; }

    /// <summary>setgroups(2) stays allowed in the new user namespace.</summary>
    public bool SetgroupsAllowed { get; set; }

    public int? OomScoreAdj { get; set; }

    public string? TimeNamespaceOffsets { get; set; }

    /// <summary>
    /// A library the C stage loads before joining any namespace (libseccomp when the config has a
    /// seccomp filter): later, its name would resolve in the container's filesystem.
    /// </summary>
    public string? Dlopen { get; set; }

    /// <summary>Sets <see cref="Dlopen"/> to libseccomp when the spec enables seccomp (create and exec).</summary>
    public void PreloadFor(Spec.LinuxSeccomp? seccomp)
    {
        if (Seccomp.SeccompProfile.IsEnabled(seccomp))
            Dlopen = Interop.Libraries.Seccomp;
    }

    public byte[] Encode()
    {
        var buf = new List<byte>(256);
        Span<byte> u32 = stackalloc byte[4];
        MemoryMarshal.Write(u32, CloneFlags);
        Add(buf, AttrCloneFlags, u32);
        foreach (var (type, path) in JoinPaths)
        {
            byte[] p = Encoding.UTF8.GetBytes(path);
            byte[] data = new byte[4 + p.Length];
            MemoryMarshal.Write(data.AsSpan(), type);
            p.CopyTo(data, 4);
            Add(buf, AttrNsPath, data);
        }
        if (RequestUserMaps)
            Add(buf, AttrUsermap, ReadOnlySpan<byte>.Empty);
        if (SetgroupsAllowed)
            Add(buf, AttrSetgroups, ReadOnlySpan<byte>.Empty);
        if (OomScoreAdj is int adj)
            Add(buf, AttrOomScoreAdj, Encoding.ASCII.GetBytes(adj.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (TimeNamespaceOffsets is string offsets)
            Add(buf, AttrTimensOffsets, Encoding.ASCII.GetBytes(offsets));
        if (Dlopen is string library)
            Add(buf, AttrDlopen, Encoding.UTF8.GetBytes(library));
        return buf.ToArray();
    }

    private static void Add(List<byte> buf, ushort type, ReadOnlySpan<byte> data)
    {
        Span<byte> header = stackalloc byte[8];
        MemoryMarshal.Write(header, type);
        MemoryMarshal.Write(header[2..], (ushort)0);
        MemoryMarshal.Write(header[4..], (uint)data.Length);
        foreach (byte b in header)
            buf.Add(b);
        foreach (byte b in data)
            buf.Add(b);
    }
}
