namespace Runc.Libcontainer.Launch;

/// <summary>
/// The messages on the init pipe. 1-5 are the C stage's (src/Native/nsexec.h, keep in step); the
/// rest belong to the C# init. The whole exchange, in order:
/// <code>
///   parent                              init
///   Bootstrap  ------------------------&gt;  (C stage: namespaces)
///              &lt;------------------------  UsermapPls      only with a new user namespace
///   UsermapAck ------------------------&gt;
///              &lt;------------------------  Pid             host pid of the init
///   Config, Spec ----------------------&gt;  (C#: rootfs up to pivot_root)
///              &lt;------------------------  Hooks           only when the config has hooks to run here
///   HooksDone  ------------------------&gt;
///              &lt;------------------------  Ready           all set but caps/uid/exec
///   (apply cgroup resources)
///   Run        ------------------------&gt;
///              &lt;------------------------  SeccompFd       notify fd (SCM_RIGHTS), only with SCMP_ACT_NOTIFY
///   (hand it to the listener)
///              &lt;------------------------  Done            then: wait on exec.fifo (init) or execve (exec)
///   (exec: wait for end of file: the init's end is close-on-exec, so EOF means execve happened)
///   any time:  &lt;------------------------  Error           one line; the init exits 1
/// </code>
/// </summary>
public enum InitMessage : uint
{
    Bootstrap = 1,
    UsermapPls = 2,
    UsermapAck = 3,
    Pid = 4,
    Error = 5,

    Config = 16,
    Spec = 17,
    Hooks = 18,
    HooksDone = 19,
    Ready = 20,
    Run = 21,
    Done = 22,
    ConsoleFd = 23,

    /// <summary>The seccomp notify fd follows the header as one byte with SCM_RIGHTS.</summary>
    SeccompFd = 24,
}
