using System.IO;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Rootfs;

/// <summary>
/// runc's "tmpcopyup" mount option: a tmpfs that starts with what the destination held. The tmpfs
/// is mounted on a private scratch directory, filled from the destination, then moved over it.
/// </summary>
public static class TmpfsCopyUp
{
    public static void Mount(Mount m, SafeFd target, ulong flags, string? data)
    {
        string scratch = Directory.CreateTempSubdirectory("runc-tmpcopyup.").FullName;
        try
        {
            if (Libc.mount(m.Source ?? "tmpfs", scratch, "tmpfs", flags, data) != 0)
                throw new SyscallException("mount tmpfs", scratch, Errno.Last);
            string src = InRootPath.FdPath(target);
            try
            {
                CopyTree(src, scratch);
                if (Libc.mount(scratch, src, null, Libc.MS_MOVE, null) != 0)
                    throw new SyscallException("move tmpfs", m.Destination, Errno.Last);
            }
            catch
            {
                Libc.umount2(scratch, Libc.MNT_DETACH);
                throw;
            }
        }
        finally
        {
            Libc.unlinkat(Libc.AT_FDCWD, scratch, Libc.AT_REMOVEDIR);
        }
    }

    /// <summary>Copies files, directories and symlinks with their modes and owners (never following links).</summary>
    private static void CopyTree(string from, string to)
    {
        foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos())
        {
            string dest = Path.Combine(to, entry.Name);
            if (Libc.statx(Libc.AT_FDCWD, entry.FullName, Libc.AT_SYMLINK_NOFOLLOW, StatX.STATX_BASIC_STATS, out StatX st) != 0)
                continue;
            if (st.IsSymlink)
            {
                Libc.symlinkat(entry.LinkTarget ?? "", Libc.AT_FDCWD, dest);
            }
            else if (st.IsDirectory)
            {
                Libc.mkdirat(Libc.AT_FDCWD, dest, (uint)st.Mode & 0xfff);
                CopyTree(entry.FullName, dest);
            }
            else if (st.FileType == Libc.S_IFREG)
            {
                File.Copy(entry.FullName, dest);
            }
            else
            {
                continue;
            }
            Libc.fchownat(Libc.AT_FDCWD, dest, st.Uid, st.Gid, Libc.AT_SYMLINK_NOFOLLOW);
            if (!st.IsSymlink)
                Libc.fchmodat(Libc.AT_FDCWD, dest, (uint)st.Mode & 0xfff, 0);
        }
    }
}
