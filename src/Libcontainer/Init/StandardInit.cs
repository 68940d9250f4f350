using System;
using System.Globalization;
using System.Text;
using Runc.Libcontainer.Hooks;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Launch;
using Runc.Libcontainer.Namespaces;
using Runc.Libcontainer.Rootfs;
using Runc.Libcontainer.Seccomp;
using OciSpec = Runc.Libcontainer.Spec.Spec;

namespace Runc.Libcontainer.Init;

/// <summary>
/// The init of a new container, in runc's order (libcontainer/standard_init_linux.go): network
/// loopback, rootfs (mounts, devices, hooks, masks, pivot_root), hostname, sysctls; Ready to the
/// parent (which applies cgroup limits and rlimits); keyring, no_new_privs, identity and
/// capabilities; Done; then block on exec.fifo until `runc start`, and execve.
/// </summary>
public sealed class StandardInit
{
    private readonly InitPipe _pipe;
    private readonly InitConfig _config;
    private readonly OciSpec _spec;
    private readonly int _fifoFd;

    public StandardInit(InitPipe pipe, InitConfig config, OciSpec spec, int fifoFd)
    {
        _pipe = pipe;
        _config = config;
        _spec = spec;
        _fifoFd = fifoFd;
    }

    public void Run()
    {
        var namespaces = _spec.Linux?.Namespaces;
        var process = _config.Process ?? _spec.Process ?? throw new RuntimeError("process: missing");
        bool newUserNs = NamespaceTypes.IsNew(namespaces, "user");

        if (NamespaceTypes.IsNew(namespaces, "network"))
            Errno.Check(Native.runc_loopback_up(), "bring up loopback");

        // The host's procfs, opened before pivot_root: sysctls and the exec.fifo are reached through
        // it, never through a /proc that the bundle set up.
        using var hostProc = new SafeFd(Errno.Check(Libc.open("/proc", Libc.O_PATH | Libc.O_DIRECTORY | Libc.O_CLOEXEC, 0), "open", "/proc"));

        if (NamespaceTypes.Has(namespaces, "mount"))
        {
            new RootfsBuilder(_spec, _config.Rootfs, _config.Bundle, _config.CgroupMounts, newUserNs,
                NamespaceTypes.IsNew(namespaces, "cgroup")).Build(RunHooks, _config.NoPivotRoot);
        }
        else
        {
            RunHooks();
            Errno.Check(Libc.chdir(_config.Rootfs), "chdir", _config.Rootfs);
            Errno.Check(Libc.chroot("."), "chroot", _config.Rootfs);
        }

        if (_config.ConsoleSocketFd >= 0)
            Terminal.ContainerConsole.Setup(_config.ConsoleSocketFd, process.ConsoleSize, NamespaceTypes.Has(namespaces, "mount"), process.User.Uid);

        if (NamespaceTypes.Has(namespaces, "uts"))
        {
            if (!string.IsNullOrEmpty(_spec.Hostname))
                SetName(_spec.Hostname, domain: false);
            if (!string.IsNullOrEmpty(_spec.Domainname))
                SetName(_spec.Domainname, domain: true);
        }

        // runc's place for it: the profile takes effect at execve.
        Lsm.AppArmor.ApplyExecProfile(hostProc, process.ApparmorProfile);

        if (_spec.Linux?.Sysctl is { } sysctl)
        {
            foreach (var (key, value) in sysctl)
                WriteSysctl(hostProc, key, value);
        }

        _pipe.Send(InitMessage.Ready);
        _pipe.Expect(InitMessage.Run);

        if (!_config.NoNewKeyring)
            JoinSessionKeyring();
        Lsm.SELinux.SetExecLabel(hostProc, process.SelinuxLabel);

        // Compiled now (a bad profile fails the create); loaded before the capability drop without
        // no_new_privs, else after `runc start`, right before execve (unless a listener needs its fd now).
        using var seccomp = new SeccompLoader(_spec.Linux?.Seccomp, process.NoNewPrivileges, _pipe, mayDefer: true);
        var finalizer = new ProcessFinalizer(process, _config.PreserveFds, setgroupsAllowed: !newUserNs || !_config.RootlessEuid, seccomp);
        finalizer.SetNoNewPrivileges();
        var exec = finalizer.Finalize();

        _pipe.Send(InitMessage.Done);
        _pipe.Dispose();

        if (CanWaitOutsideRuntime(process))
            Logging.Logger.Debug(StartWaiter.Exec(hostProc, _fifoFd, exec));
        int fifo = WaitForStart(hostProc);
        if (_spec.Hooks?.StartContainer is { Count: > 0 } startContainer && !RunStartContainerHooks(startContainer, fifo))
            return;
        // As late as possible: after the start and the startContainer hooks, right before execve.
        if (!LoadDeferredSeccomp(seccomp, fifo))
            return;
        throw exec.Exec();
    }

    /// <summary>
    /// startContainer hooks, in the container (its root, user and capabilities, as runc runs them)
    /// after `runc start` released us. `runc start` reads exec.fifo until it is closed — by the
    /// execve (close-on-exec) or by our exit — so a failure is written there for it to report.
    /// </summary>
    private bool RunStartContainerHooks(System.Collections.Generic.List<Spec.Hook> hooks, int fifo)
    {
        try
        {
            HookRunner.Run(HookKinds.StartContainer, hooks, StateJson(HookState.Created), workingDirectory: null, inheritEnvironment: false);
            return true;
        }
        catch (Exception e) when (e is RuntimeError or SyscallException)
        {
            FileIo.WriteAll(fifo, Encoding.UTF8.GetBytes(e.Message), "exec fifo");
            return false;
        }
    }

    /// <summary>A filter left for after the start; a failure goes to `runc start` through exec.fifo, as the hooks' do.</summary>
    private static bool LoadDeferredSeccomp(SeccompLoader seccomp, int fifo)
    {
        try
        {
            seccomp.LoadDeferred();
            return true;
        }
        catch (Exception e) when (e is RuntimeError or SyscallException)
        {
            FileIo.WriteAll(fifo, Encoding.UTF8.GetBytes(e.Message), "exec fifo");
            return false;
        }
    }

    /// <summary>The state createContainer and startContainer hooks read: the pid as the container sees it.</summary>
    private string StateJson(string status) =>
        HookState.Json(_spec.OciVersion, _config.ContainerId, status, Libc.getpid(), _config.Bundle, _spec.Annotations);

    /// <summary>Nothing but the execve follows the start: the C stage can do the waiting.</summary>
    private bool CanWaitOutsideRuntime(Spec.Process process) =>
        _config.LightWait && !SeccompProfile.IsEnabled(_spec.Linux?.Seccomp) &&
        string.IsNullOrEmpty(process.ApparmorProfile) && string.IsNullOrEmpty(process.SelinuxLabel) &&
        (_spec.Hooks?.StartContainer?.Count ?? 0) == 0;

    /// <summary>
    /// Between the mounts and pivot_root: prestart and createRuntime hooks in the parent (the
    /// runtime's namespaces), then createContainer hooks here, in the container's namespaces with
    /// the host's filesystem still in view (runc's order and place).
    /// </summary>
    private void RunHooks()
    {
        var hooks = _spec.Hooks;
        if (hooks is null)
            return;
        if ((hooks.Prestart?.Count ?? 0) != 0 || (hooks.CreateRuntime?.Count ?? 0) != 0)
        {
            _pipe.Send(InitMessage.Hooks);
            _pipe.Expect(InitMessage.HooksDone);
        }
        if (hooks.CreateContainer is { Count: > 0 } createContainer)
            HookRunner.Run(HookKinds.CreateContainer, createContainer, StateJson(HookState.Creating), _config.Rootfs, inheritEnvironment: false);
    }

    /// <summary>
    /// Opening exec.fifo for writing blocks until `runc start` opens it for reading. Returns the
    /// fifo (close-on-exec), left open for the startContainer hooks' outcome.
    /// </summary>
    private unsafe int WaitForStart(SafeFd hostProc)
    {
        string path = "self/fd/" + _fifoFd.ToString(CultureInfo.InvariantCulture);
        int fd;
        while ((fd = Libc.openat(hostProc.Fd, path, Libc.O_WRONLY | Libc.O_CLOEXEC, 0)) < 0 && Errno.Last == Errno.EINTR)
        {
        }
        if (fd < 0)
            throw new SyscallException("open exec fifo", path, Errno.Last);
        byte zero = (byte)'0';
        Libc.write(fd, &zero, 1);
        Libc.close(_fifoFd);
        return fd;
    }

    private static unsafe void SetName(string name, bool domain)
    {
        byte[] b = Encoding.UTF8.GetBytes(name);
        fixed (byte* p = b)
        {
            int rc = domain ? Libc.setdomainname(p, (nuint)b.Length) : Libc.sethostname(p, (nuint)b.Length);
            if (rc != 0)
                throw new SyscallException(domain ? "setdomainname" : "sethostname", name, Errno.Last);
        }
    }

    private static void WriteSysctl(SafeFd hostProc, string key, string value)
    {
        string rel = "sys/" + key.Replace('.', '/');
        if (key.Contains("..", StringComparison.Ordinal) || key.Contains('/'))
            throw new RuntimeError($"linux.sysctl: invalid key \"{key}\"");
        FileIo.WriteExistingAt(hostProc.Fd, rel, value);
    }

    /// <summary>A new session keyring, so that containers do not share the host's (runc does the same).</summary>
    private void JoinSessionKeyring()
    {
        if (Native.runc_keyctl_join_session(_config.ContainerId) < 0)
        {
            int errno = Errno.Last;
            // Kernels or seccomp profiles without keyctl: runc carries on too.
            if (errno != Errno.ENOSYS && errno != Errno.EPERM && errno != Errno.EACCES)
                throw new RuntimeError($"unable to join session keyring: {SyscallException.Describe(errno)}");
        }
    }
}
