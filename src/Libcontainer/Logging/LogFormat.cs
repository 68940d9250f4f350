namespace Runc.Libcontainer.Logging;

/// <summary>runc's --log-format values.</summary>
public enum LogFormat
{
    Text,
    Json,
}
