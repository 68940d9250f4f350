using System;
using System.Collections.Generic;
using System.Text;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Launch;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Hooks;

/// <summary>
/// Runs OCI hooks from the runtime's namespace: each hook's path with its args and env, the
/// container's state JSON on stdin, killed after its timeout. A hook that fails (non-zero exit,
/// signal, timeout, or cannot start) throws <see cref="HookFailedException"/>; whether that fails
/// the operation is the caller's decision (poststart and poststop only warn).
/// </summary>
public static unsafe class HookRunner
{
    public static void Run(string kind, IReadOnlyList<Hook>? hooks, string stateJson, string? workingDirectory)
    {
        if (hooks is null)
            return;
        byte[] state = Encoding.UTF8.GetBytes(stateJson);
        for (int i = 0; i < hooks.Count; i++)
            RunOne(kind, i, hooks[i], state, workingDirectory);
    }

    private static void RunOne(string kind, int index, Hook hook, byte[] state, string? cwd)
    {
        int* p = stackalloc int[2];
        Errno.Check(Libc.pipe2(p, Libc.O_CLOEXEC), "pipe2");
        using var read = new SafeFd(p[0]);
        using var write = new SafeFd(p[1]);
        var args = hook.Args is { Count: > 0 } a ? a : new List<string> { hook.Path };
        var spawn = new SpawnOptions
        {
            Path = hook.Path,
            Args = args,
            Env = hook.Env ?? new List<string>(),
            WorkingDirectory = cwd,
        };
        spawn.Fds.Add((read.Fd, 0));
        spawn.Fds.Add((1, 1));
        spawn.Fds.Add((2, 2));
        int pid;
        try
        {
            pid = ProcessSpawner.Spawn(spawn);
        }
        catch (SyscallException e)
        {
            throw new HookFailedException($"error running {kind} hook #{index}: {e.Message}");
        }
        read.Dispose();
        try
        {
            FileIo.WriteAll(write.Fd, state, "hook stdin");
        }
        catch (SyscallException)
        {
            // a hook that does not read its stdin is fine
        }
        write.Dispose();

        int status = WaitWithTimeout(pid, hook.Timeout, kind, index);
        if (ExitStatus.Exited(status) && ExitStatus.ExitCode(status) == 0)
            return;
        string how = ExitStatus.Exited(status)
            ? $"exit status {ExitStatus.ExitCode(status)}"
            : $"signal: {ExitStatus.TermSignal(status)}";
        throw new HookFailedException($"error running {kind} hook #{index}: {how}");
    }

    private static int WaitWithTimeout(int pid, int? timeoutSeconds, string kind, int index)
    {
        if (timeoutSeconds is not int secs || secs <= 0)
            return ChildReaper.Wait(pid) ?? 0;
        int pidfd = Libc.pidfd_open(pid, 0);
        if (pidfd < 0)
            return ChildReaper.Wait(pid) ?? 0;
        using var handle = new SafeFd(pidfd);
        var pfd = new PollFd { Fd = pidfd, Events = PollFd.POLLIN };
        long deadline = Environment.TickCount64 + secs * 1000L;
        while (true)
        {
            long left = deadline - Environment.TickCount64;
            if (left <= 0)
            {
                Libc.kill(pid, Libc.SIGKILL);
                ChildReaper.Wait(pid);
                throw new HookFailedException($"error running {kind} hook #{index}: timeout after {secs} seconds");
            }
            int n = Libc.poll(&pfd, 1, (int)Math.Min(left, int.MaxValue));
            if (n > 0)
                return ChildReaper.Wait(pid) ?? 0;
            if (n < 0 && Errno.Last != Errno.EINTR)
                return ChildReaper.Wait(pid) ?? 0;
        }
    }
}
