using System.Runtime.InteropServices;

namespace Runc.Libcontainer.Interop;

/// <summary>struct runc_spawn_fd: place <see cref="Src"/> at number <see cref="Dst"/> in the child.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct SpawnFd
{
    public int Src;
    public int Dst;
}
