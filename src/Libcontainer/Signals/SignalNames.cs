using System;
using System.Globalization;

namespace Runc.Libcontainer.Signals;

/// <summary>Signal names as runc's `kill` accepts them: "KILL", "SIGKILL", "kill" or a number.</summary>
public static class SignalNames
{
    private static readonly string[] Names =
    {
        "", "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2",
        "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU",
        "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS",
    };

    public static int Parse(string s)
    {
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            if (n <= 0 || n > 64)
                throw new RuntimeError($"unknown signal \"{s}\"");
            return n;
        }
        string name = s.ToUpperInvariant();
        if (name.StartsWith("SIG", StringComparison.Ordinal))
            name = name[3..];
        switch (name)
        {
            case "IOT":
                return 6;
            case "CLD":
                return 17;
            case "POLL":
                return 29;
        }
        int i = Array.IndexOf(Names, name);
        if (i > 0)
            return i;
        if (name.StartsWith("RTMIN", StringComparison.Ordinal) || name.StartsWith("RTMAX", StringComparison.Ordinal))
        {
            int rtmin = 34, rtmax = 64;
            int baseSig = name.StartsWith("RTMIN", StringComparison.Ordinal) ? rtmin : rtmax;
            string rest = name[5..];
            if (rest.Length == 0)
                return baseSig;
            if (int.TryParse(rest, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int off))
            {
                int sig = baseSig + off;
                if (sig >= rtmin && sig <= rtmax)
                    return sig;
            }
        }
        throw new RuntimeError($"unknown signal \"{s}\"");
    }

    public static string Name(int sig) => sig > 0 && sig < Names.Length ? "SIG" + Names[sig] : "SIG" + sig.ToString(CultureInfo.InvariantCulture);
}
