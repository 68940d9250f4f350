using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Cgroups;

/// <summary>
/// Tells when the kernel OOM-killed in a container's memory cgroup. cgroup v1: an eventfd
/// registered for memory.oom_control through cgroup.event_control (the kernel also signals it
/// when the cgroup is removed). cgroup v2: inotify on memory.events (oom_kill count) and
/// cgroup.events (populated 0 means the container is gone).
/// </summary>
public sealed class OomNotifier : IDisposable
{
    private readonly string _dir;
    private readonly bool _v2;
    private readonly int _fd;
    private readonly int _controlFd = -1;
    private ulong _oomKills;

    private OomNotifier(string dir, bool v2, int fd, int controlFd)
    {
        _dir = dir;
        _v2 = v2;
        _fd = fd;
        _controlFd = controlFd;
        if (v2)
            _oomKills = CgroupFile.ReadKeyValues(dir, "memory.events").GetValueOrDefault("oom_kill");
    }

    /// <summary>The fd to poll for POLLIN.</summary>
    public int Fd => _fd;

    /// <summary>Opens the notification for a container's cgroup paths (null when it has no memory cgroup).</summary>
    public static OomNotifier? Open(IReadOnlyDictionary<string, string> paths)
    {
        if (paths.TryGetValue("memory", out string? v1))
        {
            int efd = Errno.Check(Libc.eventfd(0, Libc.EFD_CLOEXEC), "eventfd");
            string control = v1 + "/memory.oom_control";
            int cfd = Libc.open(control, Libc.O_RDONLY | Libc.O_CLOEXEC, 0);
            if (cfd < 0)
            {
                Libc.close(efd);
                throw new SyscallException("open", control, Errno.Last);
            }
            try
            {
                CgroupFile.Write(v1, "cgroup.event_control", $"{efd} {cfd}");
            }
            catch
            {
                Libc.close(efd);
                Libc.close(cfd);
                throw;
            }
            return new OomNotifier(v1, false, efd, cfd);
        }
        if (paths.Count == 1 && paths.TryGetValue("", out string? v2))
        {
            int ifd = Errno.Check(Libc.inotify_init1(Libc.IN_CLOEXEC), "inotify_init1");
            if (Libc.inotify_add_watch(ifd, v2 + "/memory.events", Libc.IN_MODIFY) < 0
                || Libc.inotify_add_watch(ifd, v2 + "/cgroup.events", Libc.IN_MODIFY) < 0)
            {
                int errno = Errno.Last;
                Libc.close(ifd);
                throw new SyscallException("inotify_add_watch", v2, errno);
            }
            return new OomNotifier(v2, true, ifd, -1);
        }
        return null;
    }

    /// <summary>After POLLIN: consumes the notification; returns Oom, Gone (the cgroup went away) or None.</summary>
    public unsafe OomNotice Read()
    {
        byte* buf = stackalloc byte[4096];
        Libc.read(_fd, buf, _v2 ? 4096 : 8);
        if (!_v2)
            return System.IO.File.Exists(_dir + "/cgroup.event_control") ? OomNotice.Oom : OomNotice.Gone;
        if (!System.IO.Directory.Exists(_dir))
            return OomNotice.Gone;
        ulong kills = CgroupFile.ReadKeyValues(_dir, "memory.events").GetValueOrDefault("oom_kill");
        if (kills > _oomKills)
        {
            _oomKills = kills;
            return OomNotice.Oom;
        }
        if (CgroupFile.ReadKeyValues(_dir, "cgroup.events").TryGetValue("populated", out ulong p) && p == 0)
            return OomNotice.Gone;
        return OomNotice.None;
    }

    public void Dispose()
    {
        Libc.close(_fd);
        if (_controlFd >= 0)
            Libc.close(_controlFd);
    }
}
