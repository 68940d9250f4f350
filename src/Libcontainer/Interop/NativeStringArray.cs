using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;

namespace Runc.Libcontainer.Interop;

/// <summary>A NULL-terminated array of NUL-terminated UTF-8 strings in native memory (argv, envp).</summary>
public sealed unsafe class NativeStringArray : IDisposable
{
    private byte** _array;
    private readonly int _count;

    public NativeStringArray(IReadOnlyList<string> items)
    {
        _count = items.Count;
        _array = (byte**)NativeMemory.AllocZeroed((nuint)(_count + 1), (nuint)sizeof(byte*));
        for (int i = 0; i < _count; i++)
            _array[i] = Utf8(items[i]);
    }

    public byte** Pointer => _array;

    /// <summary>A NUL-terminated UTF-8 copy of <paramref name="s"/>; free it with NativeMemory.Free.</summary>
    public static byte* Utf8(string s)
    {
        int n = Encoding.UTF8.GetByteCount(s);
        byte* p = (byte*)NativeMemory.Alloc((nuint)n + 1);
        Encoding.UTF8.GetBytes(s, new Span<byte>(p, n));
        p[n] = 0;
        return p;
    }

    public void Dispose()
    {
        if (_array == null)
            return;
        for (int i = 0; i < _count; i++)
            NativeMemory.Free(_array[i]);
        NativeMemory.Free(_array);
        _array = null;
    }
}
