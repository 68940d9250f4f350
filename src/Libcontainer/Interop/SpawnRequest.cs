using System.Runtime.InteropServices;

namespace Runc.Libcontainer.Interop;

/// <summary>struct runc_spawn_request (src/Native/runcnative.h).</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct SpawnRequest
{
    public int ExeFd;
    public int NFds;
    public byte* Path;
    public byte** Argv;
    public byte** Envp;
    public SpawnFd* Fds;
    public byte* Cwd;
    public int PdeathSig;
    public int NewSession;
}
