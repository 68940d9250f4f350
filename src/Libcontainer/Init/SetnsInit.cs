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

        var finalizer = new ProcessFinalizer(process, _config.PreserveFds, setgroupsAllowed: !userNs || !_config.RootlessEuid);
        finalizer.SetNoNewPrivileges();
        var exec = finalizer.Finalize();

        _pipe.Send(InitMessage.Done);
        // The pipe stays open and is close-on-exec: its end of file tells the parent that execve happened.
        throw exec.Exec();
    }
}
