using System;
using System.Runtime.InteropServices;

namespace Runc.Libcontainer.Interop;

/// <summary>A failed system call: the operation, the path or value it acted on, and errno.</summary>
public sealed class SyscallException : Exception
{
    public SyscallException(string operation, string? path, int errno)
        : base(Format(operation, path, errno))
    {
        Operation = operation;
        Path = path;
        Errno = errno;
    }

    public string Operation { get; }

    public string? Path { get; }

    public int Errno { get; }

    /// <summary>The C library's text for an errno value ("no such file or directory").</summary>
    public static string Describe(int errno) => Marshal.GetPInvokeErrorMessage(errno).ToLowerInvariant();

    private static string Format(string operation, string? path, int errno) =>
        path is null ? $"{operation}: {Describe(errno)}" : $"{operation} {path}: {Describe(errno)}";
}
