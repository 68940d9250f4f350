using System;
using System.Runtime.InteropServices;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Launch;

/// <summary>
/// One end of the parent↔init socket: framed messages, an 8-byte header (type, length, host
/// byte order) then the payload, the same framing as the C stage's (src/Native/nsexec.h).
/// </summary>
public sealed class InitPipe : IDisposable
{
    private const int MaxPayload = 16 << 20;
    private readonly SafeFd _fd;

    public InitPipe(SafeFd fd) => _fd = fd;

    public SafeFd Handle => _fd;

    public void Send(InitMessage type, ReadOnlySpan<byte> payload = default)
    {
        Span<byte> header = stackalloc byte[8];
        MemoryMarshal.Write(header, (uint)type);
        MemoryMarshal.Write(header[4..], (uint)payload.Length);
        if (payload.Length <= 4096 - 8)
        {
            Span<byte> frame = stackalloc byte[8 + payload.Length];
            header.CopyTo(frame);
            payload.CopyTo(frame[8..]);
            FileIo.WriteAll(_fd.Fd, frame, "init pipe");
            return;
        }
        FileIo.WriteAll(_fd.Fd, header, "init pipe");
        FileIo.WriteAll(_fd.Fd, payload, "init pipe");
    }

    public void Send(InitMessage type, string text) => Send(type, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>A message that carries an fd: the header, then one byte with the fd attached (SCM_RIGHTS).</summary>
    public unsafe void SendFd(InitMessage type, int fd)
    {
        Send(type);
        byte one = 1;
        if (Native.runc_send_fd(_fd.Fd, fd, &one, 1) != 0)
            throw new SyscallException("send fd", "init pipe", Errno.Last);
    }

    /// <summary>The fd that follows a <see cref="SendFd"/> header (close-on-exec).</summary>
    public unsafe SafeFd ReceiveFd()
    {
        byte b;
        nuint got;
        int fd = Native.runc_recv_fd(_fd.Fd, &b, 1, &got);
        if (fd < 0)
            throw new SyscallException("receive fd", "init pipe", Errno.Last);
        return new SafeFd(fd);
    }

    /// <summary>The next message, or null at end of file (the other side closed or exited).</summary>
    public (InitMessage Type, byte[] Payload)? Receive()
    {
        Span<byte> header = stackalloc byte[8];
        if (!FileIo.ReadExactly(_fd.Fd, header, "init pipe"))
            return null;
        uint type = MemoryMarshal.Read<uint>(header);
        uint len = MemoryMarshal.Read<uint>(header[4..]);
        if (len > MaxPayload)
            throw new InvalidOperationException($"init pipe: message {type} of {len} bytes is too large");
        byte[] payload = len == 0 ? Array.Empty<byte>() : new byte[len];
        if (len > 0 && !FileIo.ReadExactly(_fd.Fd, payload, "init pipe"))
            throw new InvalidOperationException("init pipe: message cut short");
        return ((InitMessage)type, payload);
    }

    /// <summary>Receives a message of the given type; an Error message or end of file throws.</summary>
    public byte[] Expect(InitMessage type)
    {
        var msg = Receive() ?? throw new InitFailedException("init pipe closed unexpectedly");
        if (msg.Type == InitMessage.Error)
            throw new InitFailedException(System.Text.Encoding.UTF8.GetString(msg.Payload));
        if (msg.Type != type)
            throw new InitFailedException($"unexpected init message {msg.Type} (want {type})");
        return msg.Payload;
    }

    public void Dispose() => _fd.Dispose();
}
