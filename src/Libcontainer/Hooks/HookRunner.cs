using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Launch;
using Runc.Libcontainer.Logging;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Hooks;

/// <summary>
/// Runs OCI hooks as runc 1.1 does (libcontainer/configs.Command.Run): each hook's path with its
/// args (argv[0] = path when there are none) and env (the caller's environment when it has none),
/// the container's state JSON on stdin, stdout and stderr captured and shown only in the error,
/// killed when its timeout expires. The first hook that fails (non-zero exit, signal, timeout, or
/// cannot start) throws <see cref="HookFailedException"/> with runc's text; whether that fails the
/// operation is the caller's decision (poststart and poststop only warn).
/// </summary>
public static unsafe class HookRunner
{
    /// <summary>Output kept per stream, as a bound on what a chatty hook can make us hold.</summary>
    private const int MaxCaptured = 1 << 20;

    /// <param name="kind">The hook list's name, for the debug log.</param>
    /// <param name="inheritEnvironment">A hook without env gets ours (runc's exec.Cmd rule); false gives it none.</param>
    public static void Run(string kind, IReadOnlyList<Hook>? hooks, string stateJson, string? workingDirectory, bool inheritEnvironment = true)
    {
        if (hooks is not { Count: > 0 })
            return;
        byte[] state = Encoding.UTF8.GetBytes(stateJson);
        for (int i = 0; i < hooks.Count; i++)
        {
            Logger.Debug($"running {kind} hook #{i}: {hooks[i].Path}");
            string? error = RunOne(hooks[i], state, workingDirectory, inheritEnvironment);
            if (error is not null)
                throw new HookFailedException($"error running hook #{i}: {error}");
        }
    }

    /// <summary>Null when the hook succeeded, else runc's description of the failure.</summary>
    private static string? RunOne(Hook hook, byte[] state, string? cwd, bool inheritEnvironment)
    {
        int* p = stackalloc int[6];
        for (int i = 0; i < 3; i++)
            Errno.Check(Libc.pipe2(p + 2 * i, Libc.O_CLOEXEC | Libc.O_NONBLOCK), "pipe2");
        using var stdinRead = new SafeFd(p[0]);
        using var stdinWrite = new SafeFd(p[1]);
        using var stdoutRead = new SafeFd(p[2]);
        using var stdoutWrite = new SafeFd(p[3]);
        using var stderrRead = new SafeFd(p[4]);
        using var stderrWrite = new SafeFd(p[5]);
        // The child's ends block, as a program expects of its stdio.
        foreach (var fd in new[] { stdinRead, stdoutWrite, stderrWrite })
            Libc.fcntl(fd.Fd, Libc.F_SETFL, 0);

        var spawn = new SpawnOptions
        {
            Path = hook.Path,
            Args = hook.Args is { Count: > 0 } a ? a : new List<string> { hook.Path },
            Env = hook.Env ?? (inheritEnvironment ? OurEnvironment() : new List<string>()),
            WorkingDirectory = cwd,
        };
        spawn.Fds.Add((stdinRead.Fd, 0));
        spawn.Fds.Add((stdoutWrite.Fd, 1));
        spawn.Fds.Add((stderrWrite.Fd, 2));
        int pid;
        try
        {
            pid = ProcessSpawner.Spawn(spawn);
        }
        catch (SyscallException e)
        {
            return $"fork/exec {hook.Path}: {SyscallException.Describe(e.Errno)}";
        }
        stdinRead.Dispose();
        stdoutWrite.Dispose();
        stderrWrite.Dispose();

        var io = new HookIo(stdinWrite, state, stdoutRead, stderrRead);
        int pidfd = Libc.pidfd_open(pid, 0);
        using var pidHandle = pidfd >= 0 ? new SafeFd(pidfd) : null;
        long deadline = hook.Timeout is int secs and > 0 ? Environment.TickCount64 + secs * 1000L : long.MaxValue;
        if (!io.Pump(pidfd, deadline))
        {
            Libc.kill(pid, Libc.SIGKILL);
            ChildReaper.Wait(pid);
            return $"hook ran past specified timeout of {hook.Timeout!.Value.ToString(CultureInfo.InvariantCulture)}.0s";
        }
        int status = ChildReaper.Wait(pid) ?? 0;
        if (ExitStatus.Exited(status) && ExitStatus.ExitCode(status) == 0)
            return null;
        return $"error running hook: {GoExitText.Describe(status)}, stdout: {io.Stdout}, stderr: {io.Stderr}";
    }

    private static List<string> OurEnvironment()
    {
        var env = new List<string>();
        foreach (DictionaryEntry e in Environment.GetEnvironmentVariables())
            env.Add($"{e.Key}={e.Value}");
        return env;
    }

    /// <summary>Feeds the hook's stdin and collects its stdout and stderr until it exits.</summary>
    private sealed class HookIo
    {
        private readonly SafeFd _stdin;
        private readonly byte[] _state;
        private readonly SafeFd _stdout;
        private readonly SafeFd _stderr;
        private readonly List<byte> _out = new();
        private readonly List<byte> _err = new();
        private int _written;
        private bool _stdinOpen = true, _stdoutOpen = true, _stderrOpen = true;

        public HookIo(SafeFd stdin, byte[] state, SafeFd stdout, SafeFd stderr)
        {
            _stdin = stdin;
            _state = state;
            _stdout = stdout;
            _stderr = stderr;
        }

        public string Stdout => Encoding.UTF8.GetString(_out.ToArray());

        public string Stderr => Encoding.UTF8.GetString(_err.ToArray());

        /// <summary>
        /// Returns true once the hook has exited (its pidfd is readable, or without a pidfd both
        /// output pipes are closed), false when the deadline passed first. What is still in the
        /// pipes when it exits is read; a background child that keeps them open is not waited for.
        /// </summary>
        public bool Pump(int pidfd, long deadline)
        {
            PollFd* fds = stackalloc PollFd[4];
            while (true)
            {
                int n = 0;
                int iIn = -1, iOut = -1, iErr = -1, iPid = -1;
                if (_stdinOpen)
                    fds[iIn = n++] = new PollFd { Fd = _stdin.Fd, Events = PollFd.POLLOUT };
                if (_stdoutOpen)
                    fds[iOut = n++] = new PollFd { Fd = _stdout.Fd, Events = PollFd.POLLIN };
                if (_stderrOpen)
                    fds[iErr = n++] = new PollFd { Fd = _stderr.Fd, Events = PollFd.POLLIN };
                if (pidfd >= 0)
                    fds[iPid = n++] = new PollFd { Fd = pidfd, Events = PollFd.POLLIN };
                if (pidfd < 0 && !_stdoutOpen && !_stderrOpen)
                    return true;

                long left = deadline == long.MaxValue ? -1 : deadline - Environment.TickCount64;
                if (deadline != long.MaxValue && left <= 0)
                    return false;
                int r = Libc.poll(fds, (nuint)n, (int)Math.Min(left, int.MaxValue));
                if (r < 0 && Errno.Last == Errno.EINTR)
                    continue;
                if (r < 0)
                    throw new SyscallException("poll", "hook", Errno.Last);
                if (iIn >= 0 && fds[iIn].Revents != 0)
                    WriteState();
                if (iOut >= 0 && fds[iOut].Revents != 0)
                    _stdoutOpen = Drain(_stdout.Fd, _out);
                if (iErr >= 0 && fds[iErr].Revents != 0)
                    _stderrOpen = Drain(_stderr.Fd, _err);
                if (iPid >= 0 && fds[iPid].Revents != 0)
                {
                    if (_stdoutOpen)
                        Drain(_stdout.Fd, _out);
                    if (_stderrOpen)
                        Drain(_stderr.Fd, _err);
                    return true;
                }
            }
        }

        private void WriteState()
        {
            fixed (byte* b = _state)
            {
                while (_written < _state.Length)
                {
                    nint w = Libc.write(_stdin.Fd, b + _written, _state.Length - _written);
                    if (w > 0)
                    {
                        _written += (int)w;
                        continue;
                    }
                    if (w < 0 && Errno.Last == Errno.EAGAIN)
                        return;
                    if (w < 0 && Errno.Last == Errno.EINTR)
                        continue;
                    break; // EPIPE: a hook that does not read its stdin is fine
                }
            }
            _stdinOpen = false;
            _stdin.Dispose();
        }

        /// <summary>Reads what is there; false at end of file.</summary>
        private static bool Drain(int fd, List<byte> into)
        {
            byte* buf = stackalloc byte[4096];
            while (true)
            {
                nint r = Libc.read(fd, buf, 4096);
                if (r > 0)
                {
                    for (int i = 0; i < r && into.Count < MaxCaptured; i++)
                        into.Add(buf[i]);
                    continue;
                }
                if (r < 0 && Errno.Last == Errno.EINTR)
                    continue;
                return r < 0 && Errno.Last == Errno.EAGAIN;
            }
        }
    }
}
