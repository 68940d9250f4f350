namespace Runc.Libcontainer.State;

/// <summary>
/// Which operations each status allows, as runc's state machine (libcontainer/state_linux.go and
/// the commands) decides them. Every command checks here before it acts.
/// </summary>
public static class StateTransitions
{
    /// <summary>`start`: only a created container.</summary>
    public static bool CanStart(ContainerStatus s) => s == ContainerStatus.Created;

    /// <summary>`kill`: anything with a live init; runc refuses a stopped container.</summary>
    public static bool CanSignal(ContainerStatus s) => s != ContainerStatus.Stopped;

    /// <summary>`delete` without --force: stopped, or created (runc kills the waiting init).</summary>
    public static bool CanDelete(ContainerStatus s) => s is ContainerStatus.Stopped or ContainerStatus.Created;

    /// <summary>`delete --force`: anything.</summary>
    public static bool CanForceDelete(ContainerStatus s) => true;

    /// <summary>`pause`: running or created (runc pauses a created container too).</summary>
    public static bool CanPause(ContainerStatus s) => s is ContainerStatus.Running or ContainerStatus.Created;

    /// <summary>`resume`: only paused.</summary>
    public static bool CanResume(ContainerStatus s) => s == ContainerStatus.Paused;

    /// <summary>`exec`: created or running; paused only with --ignore-paused.</summary>
    public static bool CanExec(ContainerStatus s, bool ignorePaused) =>
        s is ContainerStatus.Created or ContainerStatus.Running || (ignorePaused && s == ContainerStatus.Paused);

    /// <summary>`update`, `ps`, `events`: a container whose init is alive.</summary>
    public static bool IsAlive(ContainerStatus s) => s != ContainerStatus.Stopped;
}
