using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Runc.Libcontainer.Interop;
using Xunit;

namespace Runc.Tests.Interop;

/// <summary>
/// Every constant in our libc bindings, and every struct we pass to C, checked against what a C
/// compiler says on this machine (the Tmds.LibC practice): a C program prints the values and layouts.
/// </summary>
public class InteropLayoutTests
{
    private static readonly Lazy<Dictionary<string, long>> C = new(CompileAndRun);

    /// <summary>The C program: one "NAME value" line per constant and per struct size/offset.</summary>
    private const string Program = """
        #define _GNU_SOURCE
        #include <errno.h>
        #include <fcntl.h>
        #include <linux/bpf.h>
        #include <linux/magic.h>
        #include <sys/eventfd.h>
        #include <sys/inotify.h>
        #include <linux/mount.h>
        #include <linux/openat2.h>
        #include <poll.h>
        #include <sched.h>
        #include <signal.h>
        #include <stddef.h>
        #include <stdio.h>
        #include <sys/mount.h>
        #include <sys/prctl.h>
        #include <sys/resource.h>
        #include <sys/stat.h>
        #include <sys/wait.h>
        #include <unistd.h>
        #include "runcnative.h"
        #include "nsexec.h"
        #define P(x) printf(#x " %lld\n", (long long)(x))
        #define OFF(t, f, name) printf(name " %lld\n", (long long)offsetof(t, f))
        int main(void) {
        P(AT_FDCWD); P(AT_SYMLINK_NOFOLLOW); P(AT_REMOVEDIR); P(AT_EMPTY_PATH); P(AT_RECURSIVE);
        P(O_RDONLY); P(O_WRONLY); P(O_RDWR); P(O_CREAT); P(O_EXCL); P(O_NOCTTY); P(O_TRUNC); P(O_APPEND);
        P(O_NONBLOCK); P(O_DIRECTORY); P(O_NOFOLLOW); P(O_CLOEXEC); P(O_PATH);
        P(RESOLVE_NO_XDEV); P(RESOLVE_NO_MAGICLINKS); P(RESOLVE_NO_SYMLINKS); P(RESOLVE_BENEATH); P(RESOLVE_IN_ROOT);
        P(F_DUPFD_CLOEXEC); P(F_GETFD); P(F_SETFD); P(F_GETFL); P(F_SETFL); P(FD_CLOEXEC);
        P(LOCK_SH); P(LOCK_EX); P(LOCK_NB); P(LOCK_UN);
        P(S_IFMT); P(S_IFIFO); P(S_IFCHR); P(S_IFDIR); P(S_IFBLK); P(S_IFREG); P(S_IFLNK); P(S_IFSOCK);
        P(CLOSE_RANGE_CLOEXEC);
        P(CGROUP_SUPER_MAGIC); P(CGROUP2_SUPER_MAGIC); P(EFD_CLOEXEC); P(IN_CLOEXEC); P(IN_MODIFY);
        P(BPF_PROG_LOAD); P(BPF_PROG_ATTACH); P(BPF_PROG_DETACH); P(BPF_PROG_QUERY); P(BPF_PROG_TYPE_CGROUP_DEVICE);
        P(BPF_CGROUP_DEVICE); P(BPF_F_ALLOW_MULTI); P(BPF_F_REPLACE);
        P(MS_RDONLY); P(MS_NOSUID); P(MS_NODEV); P(MS_NOEXEC); P(MS_SYNCHRONOUS); P(MS_REMOUNT); P(MS_MANDLOCK);
        P(MS_DIRSYNC); P(MS_NOSYMFOLLOW); P(MS_NOATIME); P(MS_NODIRATIME); P(MS_BIND); P(MS_MOVE); P(MS_REC);
        P(MS_SILENT); P(MS_POSIXACL); P(MS_UNBINDABLE); P(MS_PRIVATE); P(MS_SLAVE); P(MS_SHARED); P(MS_RELATIME);
        P(MS_I_VERSION); P(MS_STRICTATIME); P(MS_LAZYTIME);
        P(MNT_FORCE); P(MNT_DETACH); P(UMOUNT_NOFOLLOW);
        P(OPEN_TREE_CLONE); P(OPEN_TREE_CLOEXEC); P(MOVE_MOUNT_F_EMPTY_PATH); P(MOVE_MOUNT_T_EMPTY_PATH);
        P(MOUNT_ATTR_RDONLY); P(MOUNT_ATTR_NOSUID); P(MOUNT_ATTR_NODEV); P(MOUNT_ATTR_NOEXEC); P(MOUNT_ATTR__ATIME);
        P(MOUNT_ATTR_RELATIME); P(MOUNT_ATTR_NOATIME); P(MOUNT_ATTR_STRICTATIME); P(MOUNT_ATTR_NODIRATIME);
        P(MOUNT_ATTR_IDMAP); P(MOUNT_ATTR_NOSYMFOLLOW);
        P(FSOPEN_CLOEXEC); P(FSCONFIG_CMD_CREATE); P(FSMOUNT_CLOEXEC); P(PROC_SUPER_MAGIC);
        P(CLONE_NEWTIME); P(CLONE_NEWNS); P(CLONE_NEWCGROUP); P(CLONE_NEWUTS); P(CLONE_NEWIPC); P(CLONE_NEWUSER);
        P(CLONE_NEWPID); P(CLONE_NEWNET);
        P(WNOHANG); P(__WALL);
        P(SIGHUP); P(SIGINT); P(SIGQUIT); P(SIGKILL); P(SIGUSR1); P(SIGPIPE); P(SIGTERM); P(SIGCHLD); P(SIGCONT);
        P(SIGSTOP); P(SIGTSTP); P(SIGURG); P(SIGWINCH);
        P(PR_SET_PDEATHSIG); P(PR_GET_DUMPABLE); P(PR_SET_DUMPABLE); P(PR_SET_KEEPCAPS); P(PR_SET_NAME);
        P(PR_CAPBSET_READ); P(PR_CAPBSET_DROP); P(PR_SET_CHILD_SUBREAPER); P(PR_SET_NO_NEW_PRIVS);
        P(PR_GET_NO_NEW_PRIVS); P(PR_CAP_AMBIENT); P(PR_CAP_AMBIENT_RAISE); P(PR_CAP_AMBIENT_CLEAR_ALL);
        P(EPERM); P(ENOENT); P(ESRCH); P(EINTR); P(EIO); P(EBADF); P(ECHILD); P(EAGAIN); P(ENOMEM); P(EACCES);
        P(EBUSY); P(EEXIST); P(EXDEV); P(ENODEV); P(ENOTDIR); P(EISDIR); P(EINVAL); P(ENOSPC); P(EROFS); P(EPIPE);
        P(ERANGE); P(ENOSYS); P(ENOTEMPTY); P(ELOOP); P(ENODATA); P(EOPNOTSUPP);
        P(POLLIN); P(POLLOUT); P(POLLERR); P(POLLHUP); P(POLLNVAL);
        P(STATX_TYPE); P(STATX_MODE); P(STATX_INO); P(STATX_BASIC_STATS); P(STATX_MNT_ID);
        printf("sizeof(statx) %zu\n", sizeof(struct statx));
        OFF(struct statx, stx_mask, "statx.Mask"); OFF(struct statx, stx_uid, "statx.Uid"); OFF(struct statx, stx_gid, "statx.Gid");
        OFF(struct statx, stx_mode, "statx.Mode"); OFF(struct statx, stx_ino, "statx.Ino"); OFF(struct statx, stx_size, "statx.Size");
        OFF(struct statx, stx_rdev_major, "statx.RdevMajor"); OFF(struct statx, stx_rdev_minor, "statx.RdevMinor");
        OFF(struct statx, stx_dev_major, "statx.DevMajor"); OFF(struct statx, stx_mnt_id, "statx.MntId");
        printf("sizeof(mount_attr) %zu\n", sizeof(struct mount_attr));
        OFF(struct mount_attr, attr_clr, "mount_attr.AttrClr"); OFF(struct mount_attr, propagation, "mount_attr.Propagation");
        OFF(struct mount_attr, userns_fd, "mount_attr.UsernsFd");
        printf("sizeof(pollfd) %zu\n", sizeof(struct pollfd));
        OFF(struct pollfd, events, "pollfd.Events"); OFF(struct pollfd, revents, "pollfd.Revents");
        printf("sizeof(rlimit) %zu\n", sizeof(struct rlimit));
        printf("sizeof(runc_spawn_fd) %zu\n", sizeof(struct runc_spawn_fd));
        printf("sizeof(runc_spawn_request) %zu\n", sizeof(struct runc_spawn_request));
        OFF(struct runc_spawn_request, nfds, "spawn.NFds"); OFF(struct runc_spawn_request, path, "spawn.Path");
        OFF(struct runc_spawn_request, argv, "spawn.Argv"); OFF(struct runc_spawn_request, envp, "spawn.Envp");
        OFF(struct runc_spawn_request, fds, "spawn.Fds"); OFF(struct runc_spawn_request, cwd, "spawn.Cwd");
        OFF(struct runc_spawn_request, pdeathsig, "spawn.PdeathSig"); OFF(struct runc_spawn_request, new_session, "spawn.NewSession");
        P(NSEXEC_MSG_BOOTSTRAP); P(NSEXEC_MSG_USERMAP_PLS); P(NSEXEC_MSG_USERMAP_ACK); P(NSEXEC_MSG_PID); P(NSEXEC_MSG_ERROR);
        P(NSEXEC_ATTR_CLONE_FLAGS); P(NSEXEC_ATTR_NS_PATH); P(NSEXEC_ATTR_USERMAP); P(NSEXEC_ATTR_SETGROUPS);
        P(NSEXEC_ATTR_OOM_SCORE_ADJ); P(NSEXEC_ATTR_TIMENS_OFFSETS); P(NSEXEC_ATTR_DLOPEN);
        printf("sizeof(nsexec_msg_header) %zu\n", sizeof(struct nsexec_msg_header));
        printf("sizeof(nsexec_attr) %zu\n", sizeof(struct nsexec_attr));
        return 0; }
        """;

    private static Dictionary<string, long> CompileAndRun()
    {
        string dir = Directory.CreateTempSubdirectory("runc-interop-").FullName;
        string src = Path.Combine(dir, "layout.c"), exe = Path.Combine(dir, "layout");
        File.WriteAllText(src, Program);
        string include = Path.Combine(Support.RuncBinary.RepoRoot, "src", "Native");
        Run("gcc", "-o", exe, "-I", include, src);
        var values = new Dictionary<string, long>();
        foreach (string line in Run(exe).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = line.Split(' ');
            values[kv[0]] = long.Parse(kv[1]);
        }
        Directory.Delete(dir, recursive: true);
        return values;
    }

    private static string Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        string output = p.StandardOutput.ReadToEnd();
        string error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{file} failed: {error}");
        return output;
    }

    [Fact]
    public void InitProtocolMatchesTheCStage()
    {
        var c = C.Value;
        Assert.Equal((long)Runc.Libcontainer.Launch.InitMessage.Bootstrap, c["NSEXEC_MSG_BOOTSTRAP"]);
        Assert.Equal((long)Runc.Libcontainer.Launch.InitMessage.UsermapPls, c["NSEXEC_MSG_USERMAP_PLS"]);
        Assert.Equal((long)Runc.Libcontainer.Launch.InitMessage.UsermapAck, c["NSEXEC_MSG_USERMAP_ACK"]);
        Assert.Equal((long)Runc.Libcontainer.Launch.InitMessage.Pid, c["NSEXEC_MSG_PID"]);
        Assert.Equal((long)Runc.Libcontainer.Launch.InitMessage.Error, c["NSEXEC_MSG_ERROR"]);
        Assert.Equal((long)Runc.Libcontainer.Launch.BootstrapData.AttrCloneFlags, c["NSEXEC_ATTR_CLONE_FLAGS"]);
        Assert.Equal((long)Runc.Libcontainer.Launch.BootstrapData.AttrNsPath, c["NSEXEC_ATTR_NS_PATH"]);
        Assert.Equal((long)Runc.Libcontainer.Launch.BootstrapData.AttrUsermap, c["NSEXEC_ATTR_USERMAP"]);
        Assert.Equal((long)Runc.Libcontainer.Launch.BootstrapData.AttrSetgroups, c["NSEXEC_ATTR_SETGROUPS"]);
        Assert.Equal((long)Runc.Libcontainer.Launch.BootstrapData.AttrOomScoreAdj, c["NSEXEC_ATTR_OOM_SCORE_ADJ"]);
        Assert.Equal((long)Runc.Libcontainer.Launch.BootstrapData.AttrTimensOffsets, c["NSEXEC_ATTR_TIMENS_OFFSETS"]);
        Assert.Equal((long)Runc.Libcontainer.Launch.BootstrapData.AttrDlopen, c["NSEXEC_ATTR_DLOPEN"]);
        Assert.Equal(8, c["sizeof(nsexec_msg_header)"]);
        Assert.Equal(8, c["sizeof(nsexec_attr)"]);
    }

    /// <summary>Our libseccomp constants and struct scmp_arg_cmp against seccomp.h (libseccomp-dev).</summary>
    [Fact]
    public void LibseccompMatchesItsHeader()
    {
        const string program = """
            #include <seccomp.h>
            #include <stddef.h>
            #include <stdio.h>
            #define P(x) printf(#x " %lld\n", (long long)(x))
            int main(void) {
            P(SCMP_ACT_KILL_PROCESS); P(SCMP_ACT_KILL_THREAD); P(SCMP_ACT_TRAP); P(SCMP_ACT_NOTIFY); P(SCMP_ACT_ERRNO(0));
            P(SCMP_ACT_TRACE(0)); P(SCMP_ACT_LOG); P(SCMP_ACT_ALLOW);
            P(SCMP_FLTATR_CTL_NNP); P(SCMP_FLTATR_CTL_TSYNC); P(SCMP_FLTATR_CTL_LOG); P(SCMP_FLTATR_CTL_SSB);
            P(SCMP_ARCH_X32); P(AUDIT_ARCH_X86_64); P(SCMP_ACT_ERRNO(38));
            P(SCMP_CMP_NE); P(SCMP_CMP_LT); P(SCMP_CMP_LE); P(SCMP_CMP_EQ); P(SCMP_CMP_GE); P(SCMP_CMP_GT); P(SCMP_CMP_MASKED_EQ);
            P(sizeof(struct scmp_arg_cmp)); P(offsetof(struct scmp_arg_cmp, op)); P(offsetof(struct scmp_arg_cmp, datum_a));
            P(offsetof(struct scmp_arg_cmp, datum_b));
            return 0; }
            """;
        string dir = Directory.CreateTempSubdirectory("runc-seccomp-h-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "s.c"), program);
            Run("gcc", "-o", Path.Combine(dir, "s"), Path.Combine(dir, "s.c"));
            var c = new Dictionary<string, long>();
            foreach (string line in Run(Path.Combine(dir, "s")).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                int sp = line.LastIndexOf(' ');
                c[line[..sp]] = long.Parse(line[(sp + 1)..]);
            }
            Assert.Equal((long)Libseccomp.SCMP_ACT_KILL_PROCESS, c["SCMP_ACT_KILL_PROCESS"]);
            Assert.Equal((long)Libseccomp.SCMP_ACT_KILL_THREAD, c["SCMP_ACT_KILL_THREAD"]);
            Assert.Equal((long)Libseccomp.SCMP_ACT_TRAP, c["SCMP_ACT_TRAP"]);
            Assert.Equal((long)Libseccomp.SCMP_ACT_NOTIFY, c["SCMP_ACT_NOTIFY"]);
            Assert.Equal((long)Libseccomp.SCMP_ACT_ERRNO, c["SCMP_ACT_ERRNO(0)"]);
            Assert.Equal((long)Libseccomp.SCMP_ACT_TRACE, c["SCMP_ACT_TRACE(0)"]);
            Assert.Equal((long)Libseccomp.SCMP_ACT_LOG, c["SCMP_ACT_LOG"]);
            Assert.Equal((long)Libseccomp.SCMP_ACT_ALLOW, c["SCMP_ACT_ALLOW"]);
            Assert.Equal((long)Libseccomp.SCMP_FLTATR_CTL_NNP, c["SCMP_FLTATR_CTL_NNP"]);
            Assert.Equal((long)Libseccomp.SCMP_FLTATR_CTL_TSYNC, c["SCMP_FLTATR_CTL_TSYNC"]);
            Assert.Equal((long)Libseccomp.SCMP_FLTATR_CTL_LOG, c["SCMP_FLTATR_CTL_LOG"]);
            Assert.Equal((long)Libseccomp.SCMP_FLTATR_CTL_SSB, c["SCMP_FLTATR_CTL_SSB"]);
            Assert.Equal((long)Libseccomp.SCMP_CMP_NE, c["SCMP_CMP_NE"]);
            Assert.Equal((long)Libseccomp.SCMP_CMP_LT, c["SCMP_CMP_LT"]);
            Assert.Equal((long)Libseccomp.SCMP_CMP_LE, c["SCMP_CMP_LE"]);
            Assert.Equal((long)Libseccomp.SCMP_CMP_EQ, c["SCMP_CMP_EQ"]);
            Assert.Equal((long)Libseccomp.SCMP_CMP_GE, c["SCMP_CMP_GE"]);
            Assert.Equal((long)Libseccomp.SCMP_CMP_GT, c["SCMP_CMP_GT"]);
            Assert.Equal((long)Libseccomp.SCMP_CMP_MASKED_EQ, c["SCMP_CMP_MASKED_EQ"]);
            Assert.Equal((long)Libseccomp.SCMP_ARCH_X32, c["SCMP_ARCH_X32"]);
            Assert.Equal((long)Libseccomp.AUDIT_ARCH_X86_64, c["AUDIT_ARCH_X86_64"]);
            Assert.Equal((long)Runc.Libcontainer.Seccomp.EnosysStub.RetEnosys, c["SCMP_ACT_ERRNO(38)"]);
            Assert.Equal(8, Unsafe.SizeOf<Runc.Libcontainer.Seccomp.EnosysStub.Insn>()); // struct sock_filter
            Assert.Equal(c["sizeof(struct scmp_arg_cmp)"], Unsafe.SizeOf<Libseccomp.ArgCmp>());
            Assert.Equal(c["offsetof(struct scmp_arg_cmp, op)"], (long)Marshal.OffsetOf<Libseccomp.ArgCmp>(nameof(Libseccomp.ArgCmp.Op)));
            Assert.Equal(c["offsetof(struct scmp_arg_cmp, datum_a)"], (long)Marshal.OffsetOf<Libseccomp.ArgCmp>(nameof(Libseccomp.ArgCmp.DatumA)));
            Assert.Equal(c["offsetof(struct scmp_arg_cmp, datum_b)"], (long)Marshal.OffsetOf<Libseccomp.ArgCmp>(nameof(Libseccomp.ArgCmp.DatumB)));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    public static IEnumerable<object[]> Constants()
    {
        foreach (var t in new[] { typeof(Libc), typeof(Errno), typeof(PollFd), typeof(StatX) })
            foreach (var f in t.GetFields(BindingFlags.Public | BindingFlags.Static))
                if (f.IsLiteral)
                    yield return new object[] { t.Name, f.Name };
    }

    [Theory]
    [MemberData(nameof(Constants))]
    public void ConstantMatchesTheCHeaders(string type, string name)
    {
        var t = new[] { typeof(Libc), typeof(Errno), typeof(PollFd), typeof(StatX) }.Single(x => x.Name == type);
        object value = t.GetField(name)!.GetRawConstantValue()!;
        Assert.True(C.Value.ContainsKey(name), $"{type}.{name} is not checked by the C program: add it");
        Assert.Equal(C.Value[name], Convert.ToInt64(value));
    }

    [Fact]
    public void StructLayoutsMatchC()
    {
        var c = C.Value;
        Assert.Equal(c["sizeof(statx)"], Unsafe.SizeOf<StatX>());
        Assert.Equal(c["statx.Mask"], (long)Marshal.OffsetOf<StatX>(nameof(StatX.Mask)));
        Assert.Equal(c["statx.Uid"], (long)Marshal.OffsetOf<StatX>(nameof(StatX.Uid)));
        Assert.Equal(c["statx.Gid"], (long)Marshal.OffsetOf<StatX>(nameof(StatX.Gid)));
        Assert.Equal(c["statx.Mode"], (long)Marshal.OffsetOf<StatX>(nameof(StatX.Mode)));
        Assert.Equal(c["statx.Ino"], (long)Marshal.OffsetOf<StatX>(nameof(StatX.Ino)));
        Assert.Equal(c["statx.Size"], (long)Marshal.OffsetOf<StatX>(nameof(StatX.Size)));
        Assert.Equal(c["statx.RdevMajor"], (long)Marshal.OffsetOf<StatX>(nameof(StatX.RdevMajor)));
        Assert.Equal(c["statx.RdevMinor"], (long)Marshal.OffsetOf<StatX>(nameof(StatX.RdevMinor)));
        Assert.Equal(c["statx.DevMajor"], (long)Marshal.OffsetOf<StatX>(nameof(StatX.DevMajor)));
        Assert.Equal(c["statx.MntId"], (long)Marshal.OffsetOf<StatX>(nameof(StatX.MntId)));

        Assert.Equal(c["sizeof(mount_attr)"], Unsafe.SizeOf<MountAttr>());
        Assert.Equal(c["mount_attr.AttrClr"], (long)Marshal.OffsetOf<MountAttr>(nameof(MountAttr.AttrClr)));
        Assert.Equal(c["mount_attr.Propagation"], (long)Marshal.OffsetOf<MountAttr>(nameof(MountAttr.Propagation)));
        Assert.Equal(c["mount_attr.UsernsFd"], (long)Marshal.OffsetOf<MountAttr>(nameof(MountAttr.UsernsFd)));

        Assert.Equal(c["sizeof(pollfd)"], Unsafe.SizeOf<PollFd>());
        Assert.Equal(c["pollfd.Events"], (long)Marshal.OffsetOf<PollFd>(nameof(PollFd.Events)));
        Assert.Equal(c["pollfd.Revents"], (long)Marshal.OffsetOf<PollFd>(nameof(PollFd.Revents)));
        Assert.Equal(c["sizeof(rlimit)"], Unsafe.SizeOf<RLimit>());

        Assert.Equal(c["sizeof(runc_spawn_fd)"], Unsafe.SizeOf<SpawnFd>());
        Assert.Equal(c["sizeof(runc_spawn_request)"], Unsafe.SizeOf<SpawnRequest>());
        foreach (var (field, key) in new[] { ("NFds", "spawn.NFds"), ("Path", "spawn.Path"), ("Argv", "spawn.Argv"), ("Envp", "spawn.Envp"), ("Fds", "spawn.Fds"), ("Cwd", "spawn.Cwd"), ("PdeathSig", "spawn.PdeathSig"), ("NewSession", "spawn.NewSession") })
            Assert.Equal(c[key], (long)Marshal.OffsetOf<SpawnRequest>(field));
    }
}
