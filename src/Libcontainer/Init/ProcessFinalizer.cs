using System;
using System.Collections.Generic;
using System.Linq;
using Runc.Libcontainer.Capabilities;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Logging;
using Runc.Libcontainer.Seccomp;
using SpecProcess = Runc.Libcontainer.Spec.Process;

namespace Runc.Libcontainer.Init;

/// <summary>
/// The last steps before execve, shared by the container's init and `exec`: no_new_privs, the
/// capability sets around the uid/gid change, umask, the working directory (checked to be inside
/// the root: CVE-2024-21626), every fd but stdio and the preserved ones marked close-on-exec,
/// HOME, and args[0] looked up in the container's $PATH. The seccomp filter goes in where
/// <see cref="SeccompLoader"/> says: before the capabilities drop without no_new_privs, after
/// everything else with it.
/// </summary>
public sealed unsafe class ProcessFinalizer
{
    private readonly SpecProcess _process;
    private readonly int _preserveFds;
    private readonly bool _setgroupsAllowed;
    private readonly SeccompLoader? _seccomp;

    public ProcessFinalizer(SpecProcess process, int preserveFds, bool setgroupsAllowed, SeccompLoader? seccomp = null)
    {
        _process = process;
        _preserveFds = preserveFds;
        _setgroupsAllowed = setgroupsAllowed;
        _seccomp = seccomp;
    }

    public void SetNoNewPrivileges()
    {
        if (_process.NoNewPrivileges)
            Errno.Check(Libc.prctl(Libc.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "prctl(PR_SET_NO_NEW_PRIVS)");
    }

    /// <summary>Identity, capabilities, fds, cwd; returns what to execve.</summary>
    public PreparedExec Finalize()
    {
        // Nothing of ours reaches the container: every fd from 3+preserve-fds on is close-on-exec.
        Errno.Check(Libc.close_range((uint)(3 + _preserveFds), uint.MaxValue, Libc.CLOSE_RANGE_CLOEXEC), "close_range");

        // Without no_new_privs, loading a filter needs CAP_SYS_ADMIN: before the drop.
        _seccomp?.BeforeCapabilityDrop();

        // No capabilities object means none at all, as in runc.
        var caps = CapabilityState.FromSpec(_process.Capabilities, names => Logger.Warn(CapabilityState.UnknownWarning(names)));
        CapabilityApplier.BeforeUserChange(caps);

        string cwd = string.IsNullOrEmpty(_process.Cwd) ? "/" : _process.Cwd;
        bool chdirDone = Libc.chdir(cwd) == 0;
        int chdirErrno = chdirDone ? 0 : Errno.Last;

        SetUser();

        if (!chdirDone)
        {
            if (chdirErrno != Errno.EACCES && chdirErrno != Errno.EPERM)
                throw new RuntimeError($"chdir to cwd (\"{cwd}\") set in config.json failed: {SyscallException.Describe(chdirErrno)}");
            if (Libc.chdir(cwd) != 0)
                throw new RuntimeError($"chdir to cwd (\"{cwd}\") set in config.json failed: {SyscallException.Describe(Errno.Last)}");
        }
        CheckCwdInsideRoot(cwd);

        CapabilityApplier.AfterUserChange(caps);

        if (_process.User.Umask is uint umask)
            Libc.umask(umask);
        else
            Libc.umask(0x12 /* 0022 */);

        var env = new List<string>(_process.Env ?? new List<string>());
        if (!env.Any(e => e.StartsWith("HOME=", StringComparison.Ordinal)))
            env.Add("HOME=" + HomeDirectory.Find(_process.User.Uid));
        var args = _process.Args ?? throw new RuntimeError("process.args must not be empty");
        if (args.Count == 0)
            throw new RuntimeError("process.args must not be empty");
        string path = ExecutableLookup.Find(args[0], env);
        _seccomp?.BeforeExec();
        return new PreparedExec(path, args, env);
    }

    private void SetUser()
    {
        var user = _process.User;
        if (_setgroupsAllowed)
        {
            var gids = user.AdditionalGids ?? new List<uint>();
            uint* list = stackalloc uint[Math.Max(1, gids.Count)];
            for (int i = 0; i < gids.Count; i++)
                list[i] = gids[i];
            if (Libc.setgroups((nuint)gids.Count, list) != 0)
                throw new RuntimeError($"setgroups: {SyscallException.Describe(Errno.Last)}");
        }
        if (Libc.setresgid(user.Gid, user.Gid, user.Gid) != 0)
            throw new RuntimeError($"setresgid {user.Gid}: {SyscallException.Describe(Errno.Last)}");
        if (Libc.setresuid(user.Uid, user.Uid, user.Uid) != 0)
            throw new RuntimeError($"setresuid {user.Uid}: {SyscallException.Describe(Errno.Last)}");
    }

    /// <summary>getcwd(3) fails with ENOENT when the cwd lies outside the process's root (a leaked host fd).</summary>
    private static void CheckCwdInsideRoot(string cwd)
    {
        byte* buf = stackalloc byte[4096];
        if (Libc.getcwd(buf, 4096) == null || buf[0] != (byte)'/')
            throw new RuntimeError($"current working directory (\"{cwd}\") is outside of container root");
    }
}
