using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Logging;

namespace Runc.Libcontainer.Launch;

/// <summary>
/// The parent side of `runc init` (see <see cref="InitMessage"/> for the exchange): spawns our own
/// binary from a sealed fd, hands it the bootstrap data and the config, answers its requests, and
/// relays what it logs. Returns the init's pid once it reports Done; on any failure the init is
/// killed and reaped, and the error (the init's own message when it sent one) is thrown.
/// </summary>
public sealed class InitProcess
{
    private readonly InitProcessOptions _o;
    private LogRelay? _logs;

    public InitProcess(InitProcessOptions options) => _o = options;

    /// <summary>Host pid of the init (the container's pid 1, or the exec'd process).</summary>
    public int Pid { get; private set; }

    public unsafe int Start()
    {
        int* sock = stackalloc int[2];
        Errno.Check(socketpair(1 /* AF_UNIX */, 1 /* SOCK_STREAM */ | Libc.O_CLOEXEC, 0, sock), "socketpair");
        using var parentEnd = new SafeFd(sock[0]);
        var childEnd = new SafeFd(sock[1]);
        int* logPipe = stackalloc int[2];
        Errno.Check(Libc.pipe2(logPipe, Libc.O_CLOEXEC), "pipe2");
        using var logRead = new SafeFd(logPipe[0]);
        var logWrite = new SafeFd(logPipe[1]);

        int stage1;
        using (childEnd)
        using (logWrite)
        using (var exe = SelfExe.Open())
        {
            var spawn = new SpawnOptions
            {
                Executable = exe,
                Args = new[] { "runc", "init" },
                Env = BuildEnv(out var fdPlan, childEnd, logWrite),
                ParentDeathSignal = Libc.SIGKILL,
            };
            spawn.Fds.AddRange(fdPlan);
            stage1 = ProcessSpawner.Spawn(spawn);
        }

        var pipe = new InitPipe(parentEnd);
        _logs = new LogRelay(logRead);
        int initPid = -1;
        try
        {
            _o.OnSpawned?.Invoke(stage1);
            pipe.Send(InitMessage.Bootstrap, _o.Bootstrap.Encode());
            while (initPid < 0)
            {
                var msg = ReceiveRelayingLogs(pipe) ?? throw new InitFailedException(FailureText(stage1, "init exited before reporting its pid"));
                switch (msg.Type)
                {
                    case InitMessage.UsermapPls:
                        _o.OnUserMaps?.Invoke(stage1);
                        pipe.Send(InitMessage.UsermapAck);
                        break;
                    case InitMessage.Pid:
                        initPid = BitConverter.ToInt32(msg.Payload);
                        break;
                    case InitMessage.Error:
                        throw new InitFailedException(Encoding.UTF8.GetString(msg.Payload));
                    default:
                        throw new InitFailedException($"unexpected message {msg.Type} from init");
                }
            }
            Pid = initPid;
            if (initPid != stage1)
                ChildReaper.Wait(stage1);

            pipe.Send(InitMessage.Config, _o.Config.ToJson());
            pipe.Send(InitMessage.Spec, _o.SpecJson);
            while (true)
            {
                var msg = ReceiveRelayingLogs(pipe) ?? throw new InitFailedException(FailureText(initPid, "init exited unexpectedly"));
                switch (msg.Type)
                {
                    case InitMessage.Hooks:
                        _o.OnHooks?.Invoke(initPid);
                        pipe.Send(InitMessage.HooksDone);
                        break;
                    case InitMessage.Ready:
                        _o.OnReady?.Invoke(initPid);
                        pipe.Send(InitMessage.Run);
                        break;
                    case InitMessage.SeccompFd:
                        using (var notifyFd = pipe.ReceiveFd())
                        {
                            if (_o.OnSeccompFd is null)
                                throw new InitFailedException("listenerPath is not set");
                            try
                            {
                                _o.OnSeccompFd(initPid, notifyFd);
                            }
                            catch (RuntimeError e)
                            {
                                throw new InitFailedException(e.Message);
                            }
                        }
                        break;
                    case InitMessage.Done:
                        if (_o.WaitForExec)
                            WaitForExec(pipe, initPid);
                        _logs.Drain();
                        return initPid;
                    case InitMessage.Error:
                        throw new InitFailedException(Encoding.UTF8.GetString(msg.Payload));
                    default:
                        throw new InitFailedException($"unexpected message {msg.Type} from init");
                }
            }
        }
        catch
        {
            _logs.Drain();
            Kill(initPid > 0 ? initPid : stage1);
            if (initPid > 0 && initPid != stage1)
                Kill(stage1);
            throw;
        }
    }

    /// <summary>The init's pipe is close-on-exec: end of file means the process was executed.</summary>
    private void WaitForExec(InitPipe pipe, int initPid)
    {
        var msg = ReceiveRelayingLogs(pipe);
        if (msg is null)
            return;
        if (msg.Value.Type == InitMessage.Error)
            throw new InitFailedException(Encoding.UTF8.GetString(msg.Value.Payload));
        throw new InitFailedException($"unexpected message {msg.Value.Type} from init {initPid}");
    }

    private string[] BuildEnv(out List<(int, int)> fds, SafeFd childEnd, SafeFd logWrite)
    {
        fds = new List<(int, int)> { (_o.Stdio[0], 0), (_o.Stdio[1], 1), (_o.Stdio[2], 2) };
        int next = 3;
        foreach (int fd in _o.ExtraFds)
            fds.Add((fd, next++));
        int initFd = next++;
        fds.Add((childEnd.Fd, initFd));
        int logFd = next++;
        fds.Add((logWrite.Fd, logFd));
        var env = new List<string>
        {
            InitEnvironment.InitPipe + "=" + initFd.ToString(CultureInfo.InvariantCulture),
            InitEnvironment.LogPipe + "=" + logFd.ToString(CultureInfo.InvariantCulture),
            InitEnvironment.LogLevel + "=" + _o.LogLevel,
        };
        if (_o.ExecFifo is not null)
        {
            int fifoFd = next++;
            fds.Add((_o.ExecFifo.Fd, fifoFd));
            env.Add(InitEnvironment.FifoFd + "=" + fifoFd.ToString(CultureInfo.InvariantCulture));
        }
        if (_o.ConsoleSocket is not null)
        {
            int consoleFd = next++;
            fds.Add((_o.ConsoleSocket.Fd, consoleFd));
            _o.Config.ConsoleSocketFd = consoleFd;
        }
        return env.ToArray();
    }

    private unsafe (InitMessage Type, byte[] Payload)? ReceiveRelayingLogs(InitPipe pipe)
    {
        var fds = stackalloc PollFd[2];
        while (true)
        {
            fds[0] = new PollFd { Fd = pipe.Handle.Fd, Events = PollFd.POLLIN };
            fds[1] = new PollFd { Fd = _logs!.Fd, Events = _logs.Open ? PollFd.POLLIN : (short)0 };
            int n = Libc.poll(fds, _logs.Open ? 2u : 1u, -1);
            if (n < 0)
            {
                if (Errno.Last == Errno.EINTR)
                    continue;
                throw new SyscallException("poll", "init pipe", Errno.Last);
            }
            if (_logs.Open && fds[1].Revents != 0)
                _logs.ReadAvailable();
            if (fds[0].Revents != 0)
                return pipe.Receive();
        }
    }

    private string FailureText(int pid, string fallback)
    {
        int? status = ChildReaper.Wait(pid, noHang: true);
        if (status is int s && ExitStatus.Signaled(s))
            return $"{fallback} (killed by signal {ExitStatus.TermSignal(s)})";
        return fallback;
    }

    private static void Kill(int pid)
    {
        if (pid <= 0)
            return;
        Libc.kill(pid, Libc.SIGKILL);
        ChildReaper.Wait(pid);
    }

    [System.Runtime.InteropServices.DllImport(Libraries.Libc, SetLastError = true)]
    private static extern unsafe int socketpair(int domain, int type, int protocol, int* sv);
}
