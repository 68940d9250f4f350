using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Runc.Libcontainer.Cgroups;
using Runc.Libcontainer.Init;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Launch;
using Runc.Libcontainer.Namespaces;
using Runc.Libcontainer.Spec;
using Runc.Libcontainer.State;
using Runc.Libcontainer.Terminal;

namespace Runc.Libcontainer.Lifecycle;

/// <summary>
/// `runc exec`: a new process in a running (or created, or with --ignore-paused paused) container.
/// A `runc init` of type setns joins every namespace of the container's init through
/// /proc/&lt;init&gt;/ns/* (the C stage: user first, then the others, mount last; it forks so that
/// the process is really in the pid namespace), joins its cgroup, gets the process's rlimits, and
/// SetnsInit sets up the terminal, identity and capabilities and execs.
/// </summary>
public sealed class ContainerExecutor
{
    private readonly StateStore _store;
    private readonly ExecOptions _o;

    public ContainerExecutor(StateStore store, ExecOptions options)
    {
        _store = store;
        _o = options;
    }

    /// <summary>Set when the process has a terminal that runc# proxies itself (foreground, no --console-socket).</summary>
    public ConsoleReceiver? Console { get; private set; }

    /// <summary>Starts the process; returns its host pid once it is about to execve.</summary>
    public int Start()
    {
        var container = Container.Load(_store, _o.Id);
        var status = container.Status;
        if (status == ContainerStatus.Stopped)
            throw new RuntimeError("cannot exec in a stopped container");
        if (status == ContainerStatus.Paused && !_o.IgnorePaused)
            throw new RuntimeError("cannot exec in a paused container (use --ignore-paused to override)");
        if (_o.ProcessFile is null && _o.Args.Count == 0)
            throw new RuntimeError("process args cannot be empty");

        byte[] specJson = _store.LoadConfig(_o.Id);
        var spec = SpecLoader.Parse(specJson);
        var process = ExecProcessBuilder.Build(_o, () => spec.Process);
        process.Env = ExecProcessBuilder.MergeEnv(process.Env);
        var subCgroups = SubCgroupPaths.Parse(_o.Cgroups);
        ConsoleSocket.Check(_o.Detach, process.Terminal, _o.ConsoleSocket);
        for (int i = 0; i < _o.PreserveFds; i++)
        {
            string fd = (3 + i).ToString(CultureInfo.InvariantCulture);
            if (!File.Exists("/proc/self/fd/" + fd) && !Directory.Exists("/proc/self/fd/" + fd))
                throw new RuntimeError($"unable to stat preserved-fd {i} (of {_o.PreserveFds}): stat /proc/self/fd/{fd}: no such file or directory");
        }

        var state = container.State;
        var bootstrap = new BootstrapData { OomScoreAdj = spec.Process?.OomScoreAdj };
        bootstrap.PreloadFor(spec.Linux?.Seccomp);
        string initPid = state.InitProcessPid.ToString(CultureInfo.InvariantCulture);
        foreach (var ns in spec.Linux?.Namespaces ?? new List<LinuxNamespace>())
        {
            int flag = NamespaceTypes.Flag(ns.Type) ?? throw new RuntimeError($"linux.namespaces: unknown namespace type \"{ns.Type}\"");
            string path = state.NamespacePaths.TryGetValue(ns.Type, out var p) && p.Length > 0
                ? p : $"/proc/{initPid}/ns/{NamespaceTypes.ProcName(ns.Type)}";
            bootstrap.JoinPaths.Add((flag, path));
        }

        SafeFd? consoleSocket = null;
        if (process.Terminal)
        {
            if (_o.ConsoleSocket is { Length: > 0 } socketPath)
                consoleSocket = ConsoleSocket.Connect(socketPath);
            else
            {
                Console = new ConsoleReceiver();
                consoleSocket = Console.InitEnd;
            }
        }

        var config = new InitConfig
        {
            Type = InitTypes.Setns,
            ContainerId = _o.Id,
            Bundle = state.Bundle,
            Rootfs = state.Rootfs,
            PreserveFds = _o.PreserveFds,
            RootlessEuid = Libc.geteuid() != 0,
            Process = process,
        };
        var options = new InitProcessOptions
        {
            Config = config,
            SpecJson = specJson,
            Bootstrap = bootstrap,
            ConsoleSocket = consoleSocket,
            LogLevel = Logging.Logger.Name(Logging.Logger.Level),
            WaitForExec = true,
            OnSeccompFd = Seccomp.SeccompNotifySender.ForListener(spec, _o.Id, state.Bundle, "running", _ => state.InitProcessPid),
            OnReady = pid =>
            {
                // The cgroup is joined once the init's runtime is up, as runc enters it after nsexec:
                // the .NET GC reads its memory limit at start-up and, on cgroup v2, walks past the
                // start of its path when the process sits at the root of the cgroup2 mount it sees
                // (the container's cgroup bound on /sys/fs/cgroup), which is where the container's
                // cgroup would put it.
                container.Cgroup?.Join(pid);
                if (subCgroups.Count > 0)
                    SubCgroupPaths.Enter(SubCgroupPaths.Resolve(state.CgroupPaths, subCgroups), pid);
                Console?.Receive();
                try
                {
                    Rlimits.Apply(pid, process.Rlimits);
                }
                catch (RuntimeError e)
                {
                    throw new InitFailedException("error setting rlimits for process: " + e.Message);
                }
            },
        };
        for (int i = 0; i < _o.PreserveFds; i++)
            options.ExtraFds.Add(3 + i);

        int execPid;
        using (_o.ConsoleSocket is null ? null : consoleSocket)
            execPid = new InitProcess(options).Start();
        if (_o.PidFile is not null)
        {
            try
            {
                PidFile.Write(_o.PidFile, execPid);
            }
            catch
            {
                Libc.kill(execPid, Libc.SIGKILL);
                throw;
            }
        }
        return execPid;
    }
}
