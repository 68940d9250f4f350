using System.Globalization;
using System.IO;
using System.Text;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Lifecycle;

/// <summary>--pid-file: the pid, no newline, written atomically as runc does (".name" then rename).</summary>
public static class PidFile
{
    public static void Write(string path, int pid)
    {
        string full = Path.GetFullPath(path);
        FileIo.WriteAtomic(full, Encoding.ASCII.GetBytes(pid.ToString(CultureInfo.InvariantCulture)), 0x1a4);
    }
}
