namespace Runc.Libcontainer.Init;

/// <summary>args[0] could not be found or run; reported as runc does, without "error during container init".</summary>
public sealed class ExecLookupError : RuntimeError
{
    public ExecLookupError(string message) : base(message)
    {
    }
}
