using System;
using System.CommandLine;
using Runc.Libcontainer;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Launch;
using Runc.Libcontainer.Logging;
using Runc.Libcontainer.Spec;

namespace Runc;

/// <summary>
/// Runs a command's body with runc's conventions: logging set up from the global flags, and any
/// error turned into one log line (prefixed as runc prefixes that command's errors) and exit 1.
/// When --log names a file, the error also goes to stderr, as runc's fatal() does.
/// </summary>
internal static class CommandRunner
{
    /// <param name="errorExitCode">the exit code of a failure (runc exits 255 when exec fails, 1 elsewhere)</param>
    public static int Run(ParseResult result, GlobalOptions globals, string? errorPrefix, Func<GlobalSettings, int> body, int errorExitCode = 1)
    {
        GlobalSettings settings;
        try
        {
            settings = globals.Read(result);
            ConfigureLogging(settings);
        }
        catch (Exception e) when (e is RuntimeError or SyscallException)
        {
            Stdio.ErrLine(e.Message);
            return 1;
        }
        try
        {
            return body(settings);
        }
        catch (Exception e) when (e is RuntimeError or SpecException or SyscallException or InitFailedException or System.IO.IOException or UnauthorizedAccessException)
        {
            string msg = e is InitFailedException ? "unable to start container process: " + e.Message : e.Message;
            Fatal(errorPrefix is null ? msg : errorPrefix + msg);
            return errorExitCode;
        }
    }

    public static void Fatal(string message)
    {
        Logger.Error(message);
        if (Logger.Fd != 2)
            Stdio.ErrLine(message);
    }

    private static void ConfigureLogging(GlobalSettings s)
    {
        Logger.Format = s.LogFormat switch
        {
            "text" => LogFormat.Text,
            "json" => LogFormat.Json,
            _ => throw new RuntimeError($"invalid log-format: {s.LogFormat}"),
        };
        Logger.Level = s.Debug ? LogLevel.Debug : LogLevel.Info;
        if (!string.IsNullOrEmpty(s.Log))
        {
            int fd = Libc.open(s.Log, Libc.O_WRONLY | Libc.O_APPEND | Libc.O_CREAT | Libc.O_CLOEXEC, 0x1a4);
            if (fd < 0)
                throw new SyscallException("open", s.Log, Errno.Last);
            Logger.Fd = fd;
        }
        else
        {
            Logger.Terminal = Logger.Format == LogFormat.Text && IsTerminal(2);
        }
    }

    private static bool IsTerminal(int fd) => Libc.isatty(fd) == 1;
}
