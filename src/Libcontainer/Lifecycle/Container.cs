using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Runc.Libcontainer.Cgroups;
using Runc.Libcontainer.Hooks;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Logging;
using Runc.Libcontainer.Spec;
using Runc.Libcontainer.State;
using OciSpec = Runc.Libcontainer.Spec.Spec;
using OciState = Runc.Libcontainer.Spec.State;

namespace Runc.Libcontainer.Lifecycle;

/// <summary>
/// A container known to the state directory: its saved state, its status derived as runc derives
/// it, and the operations on it (start, signal, destroy). Every method expects the caller to hold
/// the container's lock (<see cref="StateStore.Lock"/>).
/// </summary>
public sealed class Container
{
    private readonly StateStore _store;
    private ICgroupManager? _cgroup;
    private bool _cgroupLoaded;
    private OciSpec? _spec;
    private bool _destroyed;

    public Container(StateStore store, ContainerState state, OciSpec? config = null)
    {
        _store = store;
        State = state;
        _spec = config;
    }

    public ContainerState State { get; }

    public string Id => State.Id;

    public string Dir => _store.ContainerDir(Id);

    public static Container Load(StateStore store, string id) => new(store, store.Load(id));

    public ICgroupManager? Cgroup
    {
        get
        {
            if (!_cgroupLoaded)
            {
                _cgroup = CgroupManagerFactory.Load(State);
                _cgroupLoaded = true;
            }
            return _cgroup;
        }
    }

    /// <summary>The config.json saved at create time.</summary>
    public OciSpec Config => _spec ??= SpecLoader.Parse(_store.LoadConfig(Id));

    /// <summary>
    /// runc's rule: stopped when the init is gone (or its pid now belongs to another process, told
    /// apart by start time); paused when frozen; created while exec.fifo exists; else running.
    /// </summary>
    public ContainerStatus Status
    {
        get
        {
            if (!ProcessStartTime.IsSameLiveProcess(State.InitProcessPid, State.InitProcessStart))
                return ContainerStatus.Stopped;
            if (Cgroup?.IsFrozen() == true)
                return ContainerStatus.Paused;
            if (File.Exists(Path.Combine(Dir, StateStore.ExecFifo)))
                return ContainerStatus.Created;
            return ContainerStatus.Running;
        }
    }

    public OciStateView View(ContainerStatus status, string owner = "") => new()
    {
        OciVersion = State.OciVersion,
        Id = Id,
        Pid = status == ContainerStatus.Stopped ? 0 : State.InitProcessPid,
        Status = status.Name(),
        Bundle = State.Bundle,
        Rootfs = State.Rootfs,
        Created = State.Created,
        Annotations = State.Annotations,
        Owner = owner,
    };

    /// <summary>The OCI state document hooks read on stdin.</summary>
    public string HookStateJson(string status) =>
        HookState.Json(State.OciVersion, Id, status, State.InitProcessPid, State.Bundle, State.Annotations);

    /// <summary>Whether config.json has hooks of this kind; read from state.json, so that config.json is parsed only when it does.</summary>
    private bool HasHooks(string kind) => State.Hooks?.Contains(kind) ?? HookKinds.Present(Config.Hooks).Contains(kind);

    /// <summary>
    /// `runc start`: releases the init waiting on exec.fifo. With startContainer or poststart
    /// hooks it then waits for the user process's execve (the init's end of the fifo closes): a
    /// failed startContainer hook is reported there, and the container is destroyed; poststart
    /// hooks run once the process runs, and their failure is a warning (the spec's rule).
    /// </summary>
    public unsafe void Start()
    {
        var status = Status;
        if (status == ContainerStatus.Stopped)
            throw new RuntimeError("cannot start a container that has stopped");
        if (!StateTransitions.CanStart(status))
            throw new RuntimeError("cannot start an already running container");

        string fifo = Path.Combine(Dir, StateStore.ExecFifo);
        int fd = Libc.open(fifo, Libc.O_RDONLY | Libc.O_NONBLOCK | Libc.O_CLOEXEC, 0);
        if (fd < 0)
            throw new RuntimeError($"open {fifo}: {SyscallException.Describe(Errno.Last)}");
        string? startFailure = null;
        using (var handle = new SafeFd(fd))
        {
            // The init opens the fifo for writing as soon as we are here, then writes one byte.
            var pfd = new PollFd { Fd = fd, Events = PollFd.POLLIN };
            byte b;
            while (true)
            {
                int n = Libc.poll(&pfd, 1, 100);
                if (n > 0)
                {
                    nint r = Libc.read(fd, &b, 1);
                    if (r == 1)
                        break;
                    if (r < 0 && Errno.Last != Errno.EAGAIN && Errno.Last != Errno.EINTR)
                        throw new SyscallException("read", fifo, Errno.Last);
                    if (r == 0 && pfd.Revents != 0 && !ProcessStartTime.IsSameLiveProcess(State.InitProcessPid, State.InitProcessStart))
                        throw new RuntimeError("cannot start a container that has stopped");
                }
                else if (n == 0 && !ProcessStartTime.IsSameLiveProcess(State.InitProcessPid, State.InitProcessStart))
                {
                    throw new RuntimeError("cannot start a container that has stopped");
                }
            }
            Libc.unlinkat(Libc.AT_FDCWD, fifo, 0);
            if (!HasHooks(HookKinds.StartContainer) && !HasHooks(HookKinds.Poststart))
                return;
            startFailure = ReadUntilClosed(fd);
        }

        if (startFailure is { Length: > 0 })
        {
            Destroy();
            throw new HookFailedException(startFailure);
        }
        if (!HasHooks(HookKinds.Poststart))
            return;
        try
        {
            HookRunner.Run(HookKinds.Poststart, Config.Hooks?.Poststart, HookStateJson(HookState.Running), State.Bundle);
        }
        catch (HookFailedException e)
        {
            Logger.Warn(e.Message);
        }
    }

    /// <summary>What the init writes to exec.fifo before its end is closed (by execve, or by its exit).</summary>
    private static unsafe string ReadUntilClosed(int fd)
    {
        var text = new List<byte>();
        byte* buf = stackalloc byte[1024];
        var pfd = new PollFd { Fd = fd, Events = PollFd.POLLIN };
        while (true)
        {
            if (Libc.poll(&pfd, 1, -1) < 0 && Errno.Last != Errno.EINTR)
                break;
            nint r = Libc.read(fd, buf, 1024);
            if (r == 0)
                break;
            if (r < 0 && Errno.Last != Errno.EAGAIN && Errno.Last != Errno.EINTR)
                break;
            for (int i = 0; i < r; i++)
                text.Add(buf[i]);
        }
        return Encoding.UTF8.GetString(text.ToArray());
    }

    /// <summary>`runc kill`: the signal to the init, or with <paramref name="all"/> to every process in the cgroup.</summary>
    public void Signal(int signal, bool all)
    {
        var status = Status;
        if (!StateTransitions.CanSignal(status))
            throw new RuntimeError("container not running");
        if (all && Cgroup is { } cg)
        {
            if (signal == Libc.SIGKILL && status != ContainerStatus.Paused)
                cg.Freeze();
            foreach (int pid in cg.GetAllPids())
                Libc.kill(pid, signal);
            // After SIGKILL the tasks must run to die: thaw, even a container that was paused (runc thaws too).
            if (signal == Libc.SIGKILL)
                cg.Thaw();
            return;
        }
        if (Libc.kill(State.InitProcessPid, signal) != 0)
            throw new RuntimeError($"unable to signal init: {SyscallException.Describe(Errno.Last)}");
    }

    /// <summary>`runc pause`: freezes every process of the container.</summary>
    public void Pause()
    {
        if (!StateTransitions.CanPause(Status))
            throw new RuntimeError("container not running");
        (Cgroup ?? throw new RuntimeError("container has no cgroup to freeze")).Freeze();
    }

    /// <summary>`runc resume`: thaws a paused container.</summary>
    public void Resume()
    {
        if (!StateTransitions.CanResume(Status))
            throw new RuntimeError("container not paused");
        (Cgroup ?? throw new RuntimeError("container has no cgroup to thaw")).Thaw();
    }

    /// <summary>Every pid in the container's cgroup (`runc ps`); null when there are none, as runc's nil slice.</summary>
    public IReadOnlyList<int> Processes() => Cgroup?.GetAllPids() ?? Array.Empty<int>();

    /// <summary>`runc update`: writes the merged resources to the cgroup and keeps them in the saved config.</summary>
    public void UpdateResources(LinuxResources resources)
    {
        if (!StateTransitions.IsAlive(Status))
            throw new RuntimeError("container not running");
        var cg = Cgroup ?? throw new RuntimeError("container has no cgroup");
        CgroupResourceValidator.Validate(resources, CgroupHost.DetectMode());
        cg.Set(resources);
        var spec = Config;
        spec.Linux ??= new Linux();
        spec.Linux.Resources = resources;
        _store.SaveConfig(Id, SpecWriter.ToUtf8Bytes(spec));
    }

    /// <summary>
    /// Removes everything the container holds: kills what is left (the init and, with a cgroup,
    /// every process in it), removes the cgroup, runs poststop hooks, deletes the state directory.
    /// </summary>
    public void Destroy()
    {
        if (_destroyed)
            return;
        _destroyed = true;
        var status = Status;
        if (status != ContainerStatus.Stopped)
        {
            Libc.kill(State.InitProcessPid, Libc.SIGKILL);
            // A frozen task dies only once thawed: kill everything, then thaw (runc does the same).
            if (status == ContainerStatus.Paused && Cgroup is { } frozen)
            {
                foreach (int pid in frozen.GetAllPids())
                    Libc.kill(pid, Libc.SIGKILL);
                frozen.Thaw();
            }
            WaitGone(State.InitProcessPid, State.InitProcessStart);
        }
        if (Cgroup is { } cg)
        {
            if (cg.IsFrozen())
                cg.Thaw();
            foreach (int pid in cg.GetAllPids())
                Libc.kill(pid, Libc.SIGKILL);
            if (State.CgroupOwned)
                DestroyCgroup(cg);
        }
        // runc removes the state, then runs the poststop hooks; their failure is logged, not returned.
        var poststop = PoststopHooks();
        _store.Remove(Id);
        if (poststop is null)
            return;
        try
        {
            HookRunner.Run(HookKinds.Poststop, poststop, HookStateJson(HookState.Stopped), State.Bundle);
        }
        catch (Exception e) when (e is HookFailedException or SyscallException)
        {
            Logger.Error(e.Message);
        }
    }

    private List<Hook>? PoststopHooks()
    {
        try
        {
            return HasHooks(HookKinds.Poststop) ? Config.Hooks?.Poststop : null;
        }
        catch (Exception e) when (e is SpecException or SyscallException or IOException)
        {
            return null; // a config.json that cannot be read must not keep a container from being deleted
        }
    }

    /// <summary>Removes the cgroup once the killed processes are gone (rmdir fails while a task is in it).</summary>
    private static void DestroyCgroup(ICgroupManager cg)
    {
        long deadline = Environment.TickCount64 + 5_000;
        while (cg.GetAllPids().Count > 0 && Environment.TickCount64 < deadline)
            System.Threading.Thread.Sleep(1);
        cg.Destroy();
    }

    /// <summary>Waits (up to 10 s) for a killed process to be gone: reaped by its parent, or a zombie we cannot reap.</summary>
    private static void WaitGone(int pid, ulong startTime)
    {
        long deadline = Environment.TickCount64 + 10_000;
        while (Environment.TickCount64 < deadline)
        {
            Launch.ChildReaper.Wait(pid, noHang: true);
            if (!ProcessStartTime.IsSameLiveProcess(pid, startTime))
                return;
            System.Threading.Thread.Sleep(1);
        }
    }
}
