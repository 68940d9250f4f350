using System.Runtime.InteropServices;

namespace Runc.Tests.Support;

internal static partial class Native
{
    [DllImport("libc.so.6", EntryPoint = "geteuid")]
    public static extern uint Geteuid();

    [DllImport("libc.so.6", EntryPoint = "kill")]
    public static extern int Kill(int pid, int sig);
}
