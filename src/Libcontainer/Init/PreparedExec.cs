using System.Collections.Generic;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Init;

/// <summary>The resolved program, argv and environment of the container process.</summary>
public sealed unsafe record PreparedExec(string Path, IReadOnlyList<string> Args, IReadOnlyList<string> Env)
{
    /// <summary>Resets signal dispositions and the mask, then execve(2). Returns only on failure.</summary>
    public RuntimeError Exec()
    {
        using var argv = new NativeStringArray(Args);
        using var envp = new NativeStringArray(Env);
        byte* path = NativeStringArray.Utf8(Path);
        int rc = Native.runc_exec(path, argv.Pointer, envp.Pointer);
        System.Runtime.InteropServices.NativeMemory.Free(path);
        return new RuntimeError($"exec {Path}: {SyscallException.Describe(-rc)}");
    }
}
