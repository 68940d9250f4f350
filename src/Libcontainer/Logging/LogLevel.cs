namespace Runc.Libcontainer.Logging;

/// <summary>logrus's levels, as runc names them in its logs.</summary>
public enum LogLevel
{
    Panic,
    Fatal,
    Error,
    Warning,
    Info,
    Debug,
}
