namespace Runc.Libcontainer.Seccomp;

/// <summary>A seccomp failure in init, reported as runc does ("unable to init seccomp: …", without "error during container init").</summary>
public sealed class SeccompSetupError : RuntimeError
{
    public SeccompSetupError(string message)
        : base("unable to init seccomp: " + message)
    {
    }
}
