using System;
using System.Globalization;

namespace Runc.Libcontainer.Launch;

/// <summary>
/// systemd socket activation passed through (runc's activation.Files): when LISTEN_PID is this
/// process and LISTEN_FDS = n, fds 3..3+n-1 go to the container before the --preserve-fds ones,
/// and its process gets LISTEN_FDS=n and LISTEN_PID=1.
/// </summary>
public static class ListenFds
{
    /// <summary>How many fds systemd passed to this very process (0 when none, or meant for another).</summary>
    public static int Count()
    {
        string? fds = Environment.GetEnvironmentVariable("LISTEN_FDS");
        if (string.IsNullOrEmpty(fds))
            return 0;
        string? pid = Environment.GetEnvironmentVariable("LISTEN_PID");
        if (!int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out int p) || p != Environment.ProcessId)
            return 0;
        return int.TryParse(fds, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 0;
    }
}
