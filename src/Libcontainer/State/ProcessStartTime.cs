using System;
using System.Globalization;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.State;

/// <summary>Reads a process's start time and run state from /proc/&lt;pid&gt;/stat.</summary>
public static class ProcessStartTime
{
    /// <summary>(start time in clock ticks, state letter), or null if the process does not exist.</summary>
    public static (ulong StartTime, char State)? Read(int pid)
    {
        if (pid <= 0)
            return null;
        string? stat = FileIo.TryReadAllText("/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/stat");
        return stat is null ? null : Parse(stat);
    }

    /// <summary>Parses the fields after "pid (comm)": field 3 is the state, field 22 the start time.</summary>
    public static (ulong StartTime, char State)? Parse(string stat)
    {
        int close = stat.LastIndexOf(')');
        if (close < 0 || close + 2 >= stat.Length)
            return null;
        string[] fields = stat[(close + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // fields[0] is field 3 (state); field 22 (starttime) is fields[19]
        if (fields.Length < 20 || fields[0].Length != 1)
            return null;
        if (!ulong.TryParse(fields[19], NumberStyles.None, CultureInfo.InvariantCulture, out ulong start))
            return null;
        return (start, fields[0][0]);
    }

    /// <summary>The process exists, is not a zombie or dead, and started at <paramref name="startTime"/>.</summary>
    public static bool IsSameLiveProcess(int pid, ulong startTime)
    {
        var s = Read(pid);
        return s is { } st && st.StartTime == startTime && st.State != 'Z' && st.State != 'X';
    }
}
