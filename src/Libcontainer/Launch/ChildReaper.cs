using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Launch;

/// <summary>waitpid(2) that retries on EINTR.</summary>
public static unsafe class ChildReaper
{
    /// <summary>Waits for <paramref name="pid"/>; returns its wait status, or null if it is not our child.</summary>
    public static int? Wait(int pid, bool noHang = false)
    {
        while (true)
        {
            int status;
            int r = Libc.waitpid(pid, &status, noHang ? Libc.WNOHANG : 0);
            if (r > 0)
                return status;
            if (r == 0)
                return null;
            if (Errno.Last == Errno.EINTR)
                continue;
            return null;
        }
    }
}
