using Runc.Libcontainer.Launch;
using OciSpec = Runc.Libcontainer.Spec.Spec;

namespace Runc.Libcontainer.Init;

/// <summary>
/// The init of `runc exec`: the C stage has joined the container's namespaces; what is left is the
/// process's own setup (runc's libcontainer/setns_init_linux.go), then execve.
/// </summary>
public sealed class SetnsInit
{
    private readonly InitPipe _pipe;
    private readonly InitConfig _config;
    private readonly OciSpec _spec;

    public SetnsInit(InitPipe pipe, InitConfig config, OciSpec spec)
    {
        _pipe = pipe;
        _config = config;
        _spec = spec;
    }

    public void Run()
    {
        var process = _config.Process ?? _spec.Process ?? throw new RuntimeError("process: missing");
        bool userNs = Namespaces.NamespaceTypes.Has(_spec.Linux?.Namespaces, "user");
        if (_config.ConsoleSocketFd >= 0)
            Terminal.ContainerConsole.Setup(_config.ConsoleSocketFd, process.ConsoleSize, mountDevConsole: false, process.User.Uid);

        _pipe.Send(InitMessage.Ready);
        _pipe.Expect(InitMessage.Run);

        // LSM labels through a procfs of our own: the container's /proc may have been tampered with.
        if (!string.IsNullOrEmpty(process.ApparmorProfile) || !string.IsNullOrEmpty(process.SelinuxLabel))
        {
            using var proc = Lsm.ProcAttr.OpenPrivateProc();
            Lsm.SELinux.SetExecLabel(proc, process.SelinuxLabel);
            Lsm.AppArmor.ApplyExecProfile(proc, process.ApparmorProfile);
        }

        // The container's filter, loaded by the finalizer (before the capability drop without
        // no_new_privs, else last); a notify fd goes to the parent before Done.
        using var seccomp = new Seccomp.SeccompLoader(_spec.Linux?.Seccomp, process.NoNewPrivileges, _pipe, mayDefer: false);
        var finalizer = new ProcessFinalizer(process, _config.PreserveFds, setgroupsAllowed: !userNs || !_config.RootlessEuid, seccomp);
        finalizer.SetNoNewPrivileges();
        var exec = finalizer.Finalize();

        _pipe.Send(InitMessage.Done);
        // The pipe stays open and is close-on-exec: its end of file tells the parent that execve happened.
        throw exec.Exec();
    }
}
