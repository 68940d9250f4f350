using System;
using System.Collections.Generic;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Rootfs;

/// <summary>
/// A mount's options split the way runc's parseMountOptions splits them: mount(2) flags, the
/// propagation changes applied after the mount, recursive attributes (mount_setattr, "rro"…),
/// runc's extensions ("tmpcopyup") and what is left over as filesystem data ("mode=755,size=64k").
/// </summary>
public sealed class MountOptions
{
    private static readonly Dictionary<string, (bool Clear, ulong Flag)> FlagTable = new()
    {
        ["acl"] = (false, Libc.MS_POSIXACL),
        ["async"] = (true, Libc.MS_SYNCHRONOUS),
        ["atime"] = (true, Libc.MS_NOATIME),
        ["bind"] = (false, Libc.MS_BIND),
        ["defaults"] = (false, 0),
        ["dev"] = (true, Libc.MS_NODEV),
        ["diratime"] = (true, Libc.MS_NODIRATIME),
        ["dirsync"] = (false, Libc.MS_DIRSYNC),
        ["exec"] = (true, Libc.MS_NOEXEC),
        ["iversion"] = (false, Libc.MS_I_VERSION),
        ["lazytime"] = (false, Libc.MS_LAZYTIME),
        ["loud"] = (true, Libc.MS_SILENT),
        ["mand"] = (false, Libc.MS_MANDLOCK),
        ["noacl"] = (true, Libc.MS_POSIXACL),
        ["noatime"] = (false, Libc.MS_NOATIME),
        ["nodev"] = (false, Libc.MS_NODEV),
        ["nodiratime"] = (false, Libc.MS_NODIRATIME),
        ["noexec"] = (false, Libc.MS_NOEXEC),
        ["noiversion"] = (true, Libc.MS_I_VERSION),
        ["nolazytime"] = (true, Libc.MS_LAZYTIME),
        ["nomand"] = (true, Libc.MS_MANDLOCK),
        ["norelatime"] = (true, Libc.MS_RELATIME),
        ["nostrictatime"] = (true, Libc.MS_STRICTATIME),
        ["nosuid"] = (false, Libc.MS_NOSUID),
        ["nosymfollow"] = (false, Libc.MS_NOSYMFOLLOW),
        ["rbind"] = (false, Libc.MS_BIND | Libc.MS_REC),
        ["relatime"] = (false, Libc.MS_RELATIME),
        ["remount"] = (false, Libc.MS_REMOUNT),
        ["ro"] = (false, Libc.MS_RDONLY),
        ["rw"] = (true, Libc.MS_RDONLY),
        ["silent"] = (false, Libc.MS_SILENT),
        ["strictatime"] = (false, Libc.MS_STRICTATIME),
        ["suid"] = (true, Libc.MS_NOSUID),
        ["symfollow"] = (true, Libc.MS_NOSYMFOLLOW),
        ["sync"] = (false, Libc.MS_SYNCHRONOUS),
    };

    private static readonly Dictionary<string, ulong> Propagations = new()
    {
        ["private"] = Libc.MS_PRIVATE,
        ["shared"] = Libc.MS_SHARED,
        ["slave"] = Libc.MS_SLAVE,
        ["unbindable"] = Libc.MS_UNBINDABLE,
        ["rprivate"] = Libc.MS_PRIVATE | Libc.MS_REC,
        ["rshared"] = Libc.MS_SHARED | Libc.MS_REC,
        ["rslave"] = Libc.MS_SLAVE | Libc.MS_REC,
        ["runbindable"] = Libc.MS_UNBINDABLE | Libc.MS_REC,
    };

    private static readonly Dictionary<string, (bool Clear, ulong Attr)> RecursiveAttrs = new()
    {
        ["rro"] = (false, Libc.MOUNT_ATTR_RDONLY),
        ["rrw"] = (true, Libc.MOUNT_ATTR_RDONLY),
        ["rnosuid"] = (false, Libc.MOUNT_ATTR_NOSUID),
        ["rsuid"] = (true, Libc.MOUNT_ATTR_NOSUID),
        ["rnodev"] = (false, Libc.MOUNT_ATTR_NODEV),
        ["rdev"] = (true, Libc.MOUNT_ATTR_NODEV),
        ["rnoexec"] = (false, Libc.MOUNT_ATTR_NOEXEC),
        ["rexec"] = (true, Libc.MOUNT_ATTR_NOEXEC),
        ["rnodiratime"] = (false, Libc.MOUNT_ATTR_NODIRATIME),
        ["rdiratime"] = (true, Libc.MOUNT_ATTR_NODIRATIME),
        ["rnosymfollow"] = (false, Libc.MOUNT_ATTR_NOSYMFOLLOW),
        ["rsymfollow"] = (true, Libc.MOUNT_ATTR_NOSYMFOLLOW),
    };

    private static readonly Dictionary<string, ulong> RecursiveAtime = new()
    {
        ["rrelatime"] = Libc.MOUNT_ATTR_RELATIME,
        ["rnorelatime"] = Libc.MOUNT_ATTR_STRICTATIME,
        ["rnoatime"] = Libc.MOUNT_ATTR_NOATIME,
        ["ratime"] = Libc.MOUNT_ATTR_RELATIME,
        ["rstrictatime"] = Libc.MOUNT_ATTR_STRICTATIME,
        ["rnostrictatime"] = Libc.MOUNT_ATTR_RELATIME,
    };

    /// <summary>mount(2) flags (MS_BIND, MS_RDONLY, …).</summary>
    public ulong Flags { get; private set; }

    /// <summary>Propagation changes, applied in order after the mount.</summary>
    public List<ulong> Propagation { get; } = new();

    /// <summary>Every option name we recognise (flags, propagation, recursive attributes, extensions), sorted as runc lists them.</summary>
    public static List<string> KnownNames()
    {
        var names = new List<string>(FlagTable.Keys);
        names.AddRange(Propagations.Keys);
        names.AddRange(RecursiveAttrs.Keys);
        names.AddRange(RecursiveAtime.Keys);
        names.Add("tmpcopyup");
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>mount_setattr(AT_RECURSIVE) attributes to set and clear ("rro", "rnosuid", …).</summary>
    public ulong RecAttrSet { get; private set; }

    public ulong RecAttrClr { get; private set; }

    /// <summary>runc's "tmpcopyup": copy the destination's old contents into the new tmpfs.</summary>
    public bool TmpCopyUp { get; private set; }

    /// <summary>Filesystem-specific data, comma-joined ("mode=755,size=65536k").</summary>
    public string Data { get; private set; } = "";

    public bool IsBind => (Flags & Libc.MS_BIND) != 0;

    public bool IsRecursive => (Flags & Libc.MS_REC) != 0;

    public static MountOptions Parse(IEnumerable<string>? options)
    {
        var result = new MountOptions();
        if (options is null)
            return result;
        var data = new List<string>();
        foreach (string o in options)
        {
            if (FlagTable.TryGetValue(o, out var f))
            {
                result.Flags = f.Clear ? result.Flags & ~f.Flag : result.Flags | f.Flag;
            }
            else if (Propagations.TryGetValue(o, out ulong p))
            {
                result.Propagation.Add(p);
            }
            else if (RecursiveAttrs.TryGetValue(o, out var a))
            {
                if (a.Clear)
                {
                    result.RecAttrClr |= a.Attr;
                    result.RecAttrSet &= ~a.Attr;
                }
                else
                {
                    result.RecAttrSet |= a.Attr;
                    result.RecAttrClr &= ~a.Attr;
                }
            }
            else if (RecursiveAtime.TryGetValue(o, out ulong atime))
            {
                result.RecAttrClr |= Libc.MOUNT_ATTR__ATIME;
                result.RecAttrSet = (result.RecAttrSet & ~Libc.MOUNT_ATTR__ATIME) | atime;
            }
            else if (o == "tmpcopyup")
            {
                result.TmpCopyUp = true;
            }
            else if (o.Length > 0)
            {
                data.Add(o);
            }
        }
        result.Data = string.Join(',', data);
        return result;
    }

    /// <summary>Parses a propagation name ("rslave", "private", …) as rootfsPropagation uses it.</summary>
    public static ulong? ParsePropagation(string name) => Propagations.TryGetValue(name, out ulong p) ? p : null;
}
