using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Runc.Libcontainer.Cgroups;
using Runc.Libcontainer.Hooks;
using Runc.Libcontainer.Init;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Launch;
using Runc.Libcontainer.Namespaces;
using Runc.Libcontainer.Spec;
using Runc.Libcontainer.State;
using Runc.Libcontainer.Terminal;
using OciSpec = Runc.Libcontainer.Spec.Spec;

namespace Runc.Libcontainer.Lifecycle;

/// <summary>
/// `runc create`: validates the bundle, makes the state directory, the exec.fifo and the cgroup,
/// starts the init and drives it until it waits on the fifo, then records the state. If anything
/// fails, everything made so far is undone (process, cgroup, state directory) before the error
/// is thrown: a failed create leaves nothing behind.
/// </summary>
public sealed class ContainerCreator
{
    private readonly StateStore _store;
    private readonly CreateOptions _o;

    public ContainerCreator(StateStore store, CreateOptions options)
    {
        _store = store;
        _o = options;
    }

    /// <summary>Set when the process has a terminal that runc# proxies itself (foreground `run`).</summary>
    public ConsoleReceiver? Console { get; private set; }

    public Container Create()
    {
        ContainerId.Validate(_o.Id);
        byte[] specJson = ReadConfig(_o.Bundle);
        OciSpec spec = SpecLoader.Parse(specJson);
        SpecValidator.Validate(spec, _o.Bundle, warn: w => Logging.Logger.Warn(w));
        Lsm.SELinux.CheckProcessLabel(spec.Process?.SelinuxLabel);
        string? notifyHost = Notify.NotifySocket.HostSocket;
        if (notifyHost is not null)
        {
            Notify.NotifySocket.AddToSpec(spec, _store.ContainerDir(_o.Id));
            specJson = SpecWriter.ToUtf8Bytes(spec);
        }
        string rootfs = spec.Root!.Path;
        if (!rootfs.StartsWith('/'))
            rootfs = Path.GetFullPath(Path.Combine(_o.Bundle, rootfs));

        bool terminal = spec.Process?.Terminal == true;
        ConsoleSocket.Check(_o.Detach, terminal, _o.ConsoleSocket);
        using var consoleSocket = terminal && _o.ConsoleSocket is { } socketPath ? ConsoleSocket.Connect(socketPath) : null;
        if (terminal && consoleSocket is null)
            Console = new ConsoleReceiver();

        using var containerLock = _store.CreateContainerDir(_o.Id);
        ICgroupManager? cgroup = null;
        int initPid = -1;
        try
        {
            string dir = _store.ContainerDir(_o.Id);
            if (notifyHost is not null)
                Notify.NotifySocket.CreateDirectory(dir);
            var linux = spec.Linux;
            string fifoPath = Path.Combine(dir, StateStore.ExecFifo);
            Errno.Check(Libc.mknodat(Libc.AT_FDCWD, fifoPath, Libc.S_IFIFO | 0x192 /* 0622 */, 0), "mkfifo", fifoPath);
            // 0622 whatever the umask: the init opens it for writing after switching to the container's user.
            Errno.Check(Libc.fchmodat(Libc.AT_FDCWD, fifoPath, 0x192, 0), "chmod", fifoPath);
            uint rootUid = UserNamespaceMaps.HostRoot(linux?.UidMappings);
            uint rootGid = UserNamespaceMaps.HostRoot(linux?.GidMappings);
            if (rootUid != 0 || rootGid != 0)
                Errno.Check(Libc.fchownat(Libc.AT_FDCWD, fifoPath, rootUid, rootGid, 0), "chown", fifoPath);
            using var fifo = new SafeFd(Errno.Check(Libc.open(fifoPath, Libc.O_PATH | Libc.O_CLOEXEC, 0), "open", fifoPath));

            int listenFds = ListenFds.Count();
            Spec.Process? process = null;
            if (listenFds > 0 && spec.Process is { } p)
            {
                (p.Env ??= new List<string>()).Add("LISTEN_FDS=" + listenFds.ToString(CultureInfo.InvariantCulture));
                p.Env.Add("LISTEN_PID=1");
                process = p;
            }

            cgroup = CgroupManagerFactory.Create(_o.Id, linux, _o.SystemdCgroup, _o.Rootless);
            var bootstrap = BuildBootstrap(spec);
            var config = new InitConfig
            {
                Type = InitTypes.Standard,
                ContainerId = _o.Id,
                Bundle = _o.Bundle,
                Rootfs = rootfs,
                NoPivotRoot = _o.NoPivot,
                NoNewKeyring = _o.NoNewKeyring,
                PreserveFds = listenFds + _o.PreserveFds,
                RootlessEuid = Libc.geteuid() != 0,
                LightWait = !_o.StartsImmediately,
                Process = process,
            };
            var created = DateTime.UtcNow;
            bool resourcesSet = false;
            var state = new ContainerState
            {
                Id = _o.Id,
                Created = created,
                OciVersion = spec.OciVersion,
                Bundle = _o.Bundle,
                Rootfs = rootfs,
                Annotations = spec.Annotations,
                Rootless = _o.Rootless,
                SystemdCgroup = _o.SystemdCgroup,
                Hooks = HookKinds.Present(spec.Hooks),
            };
            var options = new InitProcessOptions
            {
                Config = config,
                SpecJson = specJson,
                Bootstrap = bootstrap,
                ExecFifo = fifo,
                ConsoleSocket = consoleSocket ?? Console?.InitEnd,
                LogLevel = Logging.Logger.Name(Logging.Logger.Level),
                OnSpawned = pid =>
                {
                    if (cgroup is null)
                        return;
                    // Before the bootstrap is sent: the C stage has not unshared anything yet, so the
                    // init and its children are in the cgroup before a cgroup namespace is made.
                    try
                    {
                        cgroup.Apply(pid);
                    }
                    catch (CgroupError e)
                    {
                        throw new InitFailedException("unable to apply cgroup configuration: " + e.Message);
                    }
                    config.CgroupMounts = new List<CgroupMountEntry>(cgroup.MountEntries());
                },
                OnUserMaps = pid => UserNamespaceMaps.Write(pid, linux?.UidMappings, linux?.GidMappings, denySetgroups: Libc.geteuid() != 0),
                OnHooks = pid =>
                {
                    // runc sets the cgroup first, so that a prestart hook can see (and adjust) it.
                    SetResources(cgroup, linux);
                    resourcesSet = true;
                    string json = HookState.Json(spec.OciVersion, _o.Id, HookState.Creating, pid, _o.Bundle, spec.Annotations);
                    try
                    {
                        HookRunner.Run(HookKinds.Prestart, spec.Hooks?.Prestart, json, _o.Bundle);
                        HookRunner.Run(HookKinds.CreateRuntime, spec.Hooks?.CreateRuntime, json, _o.Bundle);
                    }
                    catch (HookFailedException e)
                    {
                        // runc's wording: the parent runs them while the init waits in "hooks".
                        throw new InitFailedException("error during container init: " + e.Message);
                    }
                },
                OnSeccompFd = Seccomp.SeccompNotifySender.ForListener(spec, _o.Id, _o.Bundle, "creating", pid => pid),
                OnReady = pid =>
                {
                    Console?.Receive();
                    if (!resourcesSet)
                        SetResources(cgroup, linux);
                    try
                    {
                        Rlimits.Apply(pid, spec.Process?.Rlimits);
                    }
                    catch (RuntimeError e)
                    {
                        // runc's wording: the parent applies them while the init waits in "ready".
                        throw new InitFailedException("error during container init: error setting rlimits for ready process: " + e.Message);
                    }
                },
            };
            for (int i = 0; i < listenFds + _o.PreserveFds; i++)
                options.ExtraFds.Add(3 + i);

            initPid = new InitProcess(options).Start();

            state.InitProcessPid = initPid;
            state.InitProcessStart = ProcessStartTime.Read(initPid)?.StartTime
                ?? throw new RuntimeError("container init exited before it was started");
            foreach (var ns in linux?.Namespaces ?? new List<LinuxNamespace>())
            {
                string? name = NamespaceTypes.ProcName(ns.Type);
                if (name is not null)
                    state.NamespacePaths[ns.Type] = $"/proc/{initPid.ToString(CultureInfo.InvariantCulture)}/ns/{name}";
            }
            if (cgroup is not null)
                state.CgroupPaths = new Dictionary<string, string>(cgroup.Paths);
            _store.SaveConfig(_o.Id, specJson);
            _store.Save(state);
            if (_o.PidFile is not null)
                PidFile.Write(_o.PidFile, initPid);
            return new Container(_store, state, spec);
        }
        catch
        {
            if (initPid > 0)
            {
                Libc.kill(initPid, Libc.SIGKILL);
                ChildReaper.Wait(initPid, noHang: true);
            }
            try
            {
                if (cgroup is not null)
                {
                    foreach (int pid in cgroup.GetAllPids())
                        Libc.kill(pid, Libc.SIGKILL);
                    cgroup.Destroy();
                }
            }
            catch (Exception e)
            {
                Logging.Logger.Warn($"cleanup of cgroup: {e.Message}");
            }
            _store.Remove(_o.Id);
            // The spec's lifecycle goes on to the poststop hooks after a failed create (runc too).
            RunPoststop(spec);
            throw;
        }
    }

    private void RunPoststop(OciSpec spec)
    {
        if (spec.Hooks?.Poststop is not { Count: > 0 } poststop)
            return;
        try
        {
            string json = HookState.Json(spec.OciVersion, _o.Id, HookState.Stopped, 0, _o.Bundle, spec.Annotations);
            HookRunner.Run(HookKinds.Poststop, poststop, json, _o.Bundle);
        }
        catch (Exception e) when (e is HookFailedException or SyscallException)
        {
            Logging.Logger.Error(e.Message);
        }
    }

    /// <summary>The C stage's instructions: namespaces to create and to join, user maps, oom_score_adj, time offsets.</summary>
    private static BootstrapData BuildBootstrap(OciSpec spec)
    {
        var b = new BootstrapData();
        foreach (var ns in spec.Linux?.Namespaces ?? new List<LinuxNamespace>())
        {
            int flag = NamespaceTypes.Flag(ns.Type) ?? throw new RuntimeError($"linux.namespaces: unknown namespace type \"{ns.Type}\"");
            if (string.IsNullOrEmpty(ns.Path))
                b.CloneFlags |= flag;
            else
                b.JoinPaths.Add((flag, ns.Path));
        }
        if ((b.CloneFlags & Libc.CLONE_NEWUSER) != 0)
        {
            b.RequestUserMaps = true;
            b.SetgroupsAllowed = Libc.geteuid() == 0;
        }
        b.OomScoreAdj = spec.Process?.OomScoreAdj;
        b.PreloadFor(spec.Linux?.Seccomp);
        if (spec.Linux?.TimeOffsets is { Count: > 0 } offsets)
        {
            var sb = new System.Text.StringBuilder();
            foreach (var (clock, off) in offsets)
                sb.Append(CultureInfo.InvariantCulture, $"{clock} {off.Secs} {off.Nanosecs}\n");
            b.TimeNamespaceOffsets = sb.ToString();
        }
        return b;
    }

    /// <summary>linux.resources into the cgroup while the init waits, with runc's wording on failure.</summary>
    private static void SetResources(ICgroupManager? cgroup, Spec.Linux? linux)
    {
        try
        {
            cgroup?.Set(linux?.Resources);
        }
        catch (CgroupError e)
        {
            throw new InitFailedException("error during container init: error setting cgroup config for procHooks process: " + e.Message);
        }
    }

    /// <summary>Reads config.json with runc's message when it is missing.</summary>
    public static byte[] ReadConfig(string bundle)
    {
        string path = Path.Combine(bundle, SpecLoader.ConfigFileName);
        try
        {
            return FileIo.ReadAllBytes(path);
        }
        catch (SyscallException e) when (e.Errno == Errno.ENOENT)
        {
            throw new SpecException($"JSON specification file {SpecLoader.ConfigFileName} not found");
        }
    }
}
