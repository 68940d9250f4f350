namespace Runc.Libcontainer.Hooks;

/// <summary>A hook exited non-zero, was killed, timed out or could not start.</summary>
public sealed class HookFailedException : RuntimeError
{
    public HookFailedException(string message) : base(message)
    {
    }
}
