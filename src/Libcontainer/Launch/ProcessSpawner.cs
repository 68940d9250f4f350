using System;
using System.Runtime.InteropServices;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Launch;

/// <summary>Starts a process through the C helper runc_spawn (vfork-style clone + execve).</summary>
public static unsafe class ProcessSpawner
{
    /// <summary>Returns the child's pid; throws if it could not be started (errno of the child's failure).</summary>
    public static int Spawn(SpawnOptions options)
    {
        if (options.Fds.Count > Native.SpawnMaxFds)
            throw new ArgumentException($"too many file descriptors to pass ({options.Fds.Count})");
        using var argv = new NativeStringArray(options.Args);
        using var envp = new NativeStringArray(options.Env);
        byte* path = options.Path is null ? null : NativeStringArray.Utf8(options.Path);
        byte* cwd = options.WorkingDirectory is null ? null : NativeStringArray.Utf8(options.WorkingDirectory);
        SpawnFd* fds = stackalloc SpawnFd[Math.Max(1, options.Fds.Count)];
        for (int i = 0; i < options.Fds.Count; i++)
            fds[i] = new SpawnFd { Src = options.Fds[i].Source, Dst = options.Fds[i].Target };
        bool addedRef = false;
        try
        {
            options.Executable?.DangerousAddRef(ref addedRef);
            var req = new SpawnRequest
            {
                ExeFd = options.Executable?.Fd ?? -1,
                NFds = options.Fds.Count,
                Path = path,
                Argv = argv.Pointer,
                Envp = envp.Pointer,
                Fds = fds,
                Cwd = cwd,
                PdeathSig = options.ParentDeathSignal,
                NewSession = options.NewSession ? 1 : 0,
            };
            int pid = Native.runc_spawn(&req);
            if (pid < 0)
                throw new SyscallException("exec", options.Path ?? options.Args[0], -pid);
            return pid;
        }
        finally
        {
            if (addedRef)
                options.Executable!.DangerousRelease();
            NativeMemory.Free(path);
            NativeMemory.Free(cwd);
        }
    }
}
