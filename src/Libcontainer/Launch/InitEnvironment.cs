namespace Runc.Libcontainer.Launch;

/// <summary>The environment variables through which the parent passes fd numbers to `runc init` (runc's names).</summary>
public static class InitEnvironment
{
    public const string InitPipe = "_LIBCONTAINER_INITPIPE";
    public const string LogPipe = "_LIBCONTAINER_LOGPIPE";
    public const string LogLevel = "_LIBCONTAINER_LOGLEVEL";
    public const string FifoFd = "_LIBCONTAINER_FIFOFD";
}
