using System;
using System.Globalization;
using System.Text;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Logging;

/// <summary>
/// runc's log lines (logrus): text <c>time="…" level=error msg="…"</c>, or JSON
/// <c>{"level":"error","msg":"…","time":"…"}</c>; on a terminal with no --log, logrus's short
/// <c>ERRO[0000] …</c> form. Written with one write(2) per line to an fd (stderr or the --log file).
/// </summary>
public static class Logger
{
    private static readonly long StartTicks = Environment.TickCount64;

    public static LogLevel Level { get; set; } = LogLevel.Info;

    public static LogFormat Format { get; set; } = LogFormat.Text;

    /// <summary>The fd lines go to; 2 unless --log names a file.</summary>
    public static int Fd { get; set; } = 2;

    /// <summary>logrus's colored short form (used when stderr is a terminal and no --log is given).</summary>
    public static bool Terminal { get; set; }

    public static bool IsEnabled(LogLevel level) => level <= Level;

    public static void Error(string msg) => Log(LogLevel.Error, msg);

    public static void Warn(string msg) => Log(LogLevel.Warning, msg);

    public static void Info(string msg) => Log(LogLevel.Info, msg);

    public static void Debug(string msg) => Log(LogLevel.Debug, msg);

    public static void Log(LogLevel level, string msg, DateTime? time = null)
    {
        if (!IsEnabled(level))
            return;
        string line = FormatLine(level, msg, time ?? DateTime.UtcNow);
        try
        {
            FileIo.WriteAll(Fd, Encoding.UTF8.GetBytes(line), "log");
        }
        catch (SyscallException)
        {
            // nowhere left to report a failure to log
        }
    }

    public static string FormatLine(LogLevel level, string msg, DateTime time)
    {
        string ts = time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        if (Format == LogFormat.Json)
        {
            var sb = new StringBuilder(64 + msg.Length);
            sb.Append("{\"level\":\"").Append(Name(level)).Append("\",\"msg\":");
            JsonText.AppendQuoted(sb, msg);
            sb.Append(",\"time\":\"").Append(ts).Append("\"}\n");
            return sb.ToString();
        }
        if (Terminal)
        {
            long secs = (Environment.TickCount64 - StartTicks) / 1000;
            return $"{ShortName(level)}[{secs:0000}] {msg} \n";
        }
        return $"time=\"{ts}\" level={Name(level)} msg={QuoteIfNeeded(msg)}\n";
    }

    public static string Name(LogLevel level) => level switch
    {
        LogLevel.Panic => "panic",
        LogLevel.Fatal => "fatal",
        LogLevel.Error => "error",
        LogLevel.Warning => "warning",
        LogLevel.Info => "info",
        _ => "debug",
    };

    public static LogLevel? Parse(string name) => name switch
    {
        "panic" => LogLevel.Panic,
        "fatal" => LogLevel.Fatal,
        "error" => LogLevel.Error,
        "warn" or "warning" => LogLevel.Warning,
        "info" => LogLevel.Info,
        "debug" or "trace" => LogLevel.Debug,
        _ => null,
    };

    private static string ShortName(LogLevel level) => level switch
    {
        LogLevel.Panic => "PANI",
        LogLevel.Fatal => "FATA",
        LogLevel.Error => "ERRO",
        LogLevel.Warning => "WARN",
        LogLevel.Info => "INFO",
        _ => "DEBU",
    };

    /// <summary>logrus quotes a value unless every character is one of [A-Za-z0-9-._/@^+].</summary>
    private static string QuoteIfNeeded(string s)
    {
        bool plain = s.Length > 0;
        foreach (char c in s)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '/' or '@' or '^' or '+'))
            {
                plain = false;
                break;
            }
        }
        if (plain)
            return s;
        var sb = new StringBuilder(s.Length + 2);
        JsonText.AppendQuoted(sb, s);
        return sb.ToString();
    }
}
