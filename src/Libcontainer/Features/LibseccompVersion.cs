using System;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Runc.Libcontainer.Features;

/// <summary>The version of the libseccomp.so.2 this machine has (seccomp_version()), or null when it does not load.</summary>
public static unsafe class LibseccompVersion
{
    [StructLayout(LayoutKind.Sequential)]
    private struct ScmpVersion
    {
        public uint Major;
        public uint Minor;
        public uint Micro;
    }

    public static string? Get()
    {
        if (!NativeLibrary.TryLoad("libseccomp.so.2", out IntPtr lib))
            return null;
        if (!NativeLibrary.TryGetExport(lib, "seccomp_version", out IntPtr fn))
            return null;
        ScmpVersion* v = ((delegate* unmanaged<ScmpVersion*>)fn)();
        if (v is null)
            return null;
        return string.Create(CultureInfo.InvariantCulture, $"{v->Major}.{v->Minor}.{v->Micro}");
    }
}
