using System.Collections.Generic;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Init;

/// <summary>Go's exec.LookPath, as runc uses it for args[0]: a name with a slash as is, else each $PATH entry.</summary>
public static class ExecutableLookup
{
    private const int X_OK = 1;

    public static string Find(string name, IReadOnlyList<string> env)
    {
        if (name.Contains('/'))
        {
            CheckExecutable(name, name);
            return name;
        }
        string path = "";
        foreach (string e in env)
        {
            if (e.StartsWith("PATH=", System.StringComparison.Ordinal))
                path = e[5..];
        }
        foreach (string dir in path.Split(':'))
        {
            string candidate = (dir.Length == 0 ? "." : dir) + "/" + name;
            if (IsExecutableFile(candidate))
                return candidate;
        }
        throw new ExecLookupError($"exec: \"{name}\": executable file not found in $PATH");
    }

    private static void CheckExecutable(string path, string name)
    {
        if (Libc.statx(Libc.AT_FDCWD, path, 0, StatX.STATX_TYPE | StatX.STATX_MODE, out StatX st) != 0)
            throw new ExecLookupError($"exec: \"{name}\": stat {path}: {SyscallException.Describe(Errno.Last)}");
        if (st.IsDirectory)
            throw new ExecLookupError($"exec: \"{name}\": is a directory");
        if ((st.Mode & 0x49) == 0)
            throw new ExecLookupError($"exec: \"{name}\": permission denied");
    }

    private static bool IsExecutableFile(string path) =>
        Libc.statx(Libc.AT_FDCWD, path, 0, StatX.STATX_TYPE | StatX.STATX_MODE, out StatX st) == 0 &&
        !st.IsDirectory && (st.Mode & 0x49) != 0;
}
