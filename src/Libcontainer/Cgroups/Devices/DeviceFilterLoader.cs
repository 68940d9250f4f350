using System;
using System.Collections.Generic;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Cgroups.Devices;

/// <summary>
/// Loads a device filter with bpf(BPF_PROG_LOAD) and attaches it to a cgroup v2 directory with
/// BPF_F_ALLOW_MULTI, then detaches the programs that were there before (runc's
/// LoadAttachCgroupDeviceFilter): the cgroup is never without a filter during an update.
/// </summary>
public static unsafe class DeviceFilterLoader
{
    private const int BPF_PROG_GET_FD_BY_ID = 13;
    private static readonly byte[] License = "Apache\0"u8.ToArray();

    public static void Attach(string cgroupDir, byte[] program)
    {
        int dirFd = Libc.open(cgroupDir, Libc.O_DIRECTORY | Libc.O_RDONLY | Libc.O_CLOEXEC, 0);
        if (dirFd < 0)
            throw new CgroupError($"failed to open {cgroupDir}: {SyscallException.Describe(Errno.Last)}");
        try
        {
            List<uint> old = Query(dirFd);
            int progFd = Load(program);
            try
            {
                byte* attr = stackalloc byte[128];
                new Span<byte>(attr, 128).Clear();
                *(uint*)attr = (uint)dirFd; // target_fd
                *(uint*)(attr + 4) = (uint)progFd; // attach_bpf_fd
                *(uint*)(attr + 8) = Libc.BPF_CGROUP_DEVICE; // attach_type
                *(uint*)(attr + 12) = Libc.BPF_F_ALLOW_MULTI; // attach_flags
                if (Libc.bpf(Libc.BPF_PROG_ATTACH, attr, 128) < 0)
                    throw new CgroupError($"failed to call BPF_PROG_ATTACH (BPF_CGROUP_DEVICE, BPF_F_ALLOW_MULTI): {SyscallException.Describe(Errno.Last)}");
            }
            finally
            {
                Libc.close(progFd);
            }
            foreach (uint id in old)
                Detach(dirFd, id);
        }
        finally
        {
            Libc.close(dirFd);
        }
    }

    private static int Load(byte[] program)
    {
        byte* attr = stackalloc byte[128];
        new Span<byte>(attr, 128).Clear();
        byte* log = stackalloc byte[4096];
        fixed (byte* insns = program)
        fixed (byte* license = License)
        {
            *(uint*)attr = Libc.BPF_PROG_TYPE_CGROUP_DEVICE; // prog_type
            *(uint*)(attr + 4) = (uint)(program.Length / 8); // insn_cnt
            *(ulong*)(attr + 8) = (ulong)insns; // insns
            *(ulong*)(attr + 16) = (ulong)license; // license
            *(uint*)(attr + 24) = 1; // log_level
            *(uint*)(attr + 28) = 4096; // log_size
            *(ulong*)(attr + 32) = (ulong)log; // log_buf
            log[0] = 0;
            int fd = Libc.bpf(Libc.BPF_PROG_LOAD, attr, 128);
            if (fd < 0)
            {
                int errno = Errno.Last;
                string verifier = new string((sbyte*)log).Trim();
                throw new CgroupError($"failed to load the device filter (BPF_PROG_LOAD): {SyscallException.Describe(errno)}" + (verifier.Length > 0 ? ": " + verifier : ""));
            }
            return fd;
        }
    }

    /// <summary>Ids of the device programs attached to the cgroup now (none on a new cgroup).</summary>
    private static List<uint> Query(int dirFd)
    {
        var ids = new List<uint>();
        byte* attr = stackalloc byte[128];
        uint* buf = stackalloc uint[64];
        new Span<byte>(attr, 128).Clear();
        *(uint*)attr = (uint)dirFd; // target_fd
        *(uint*)(attr + 4) = Libc.BPF_CGROUP_DEVICE; // attach_type
        *(ulong*)(attr + 16) = (ulong)buf; // prog_ids
        *(uint*)(attr + 24) = 64; // prog_cnt
        if (Libc.bpf(Libc.BPF_PROG_QUERY, attr, 128) < 0)
            return ids;
        uint count = *(uint*)(attr + 24);
        for (uint i = 0; i < count && i < 64; i++)
            ids.Add(buf[i]);
        return ids;
    }

    private static void Detach(int dirFd, uint id)
    {
        byte* attr = stackalloc byte[128];
        new Span<byte>(attr, 128).Clear();
        *(uint*)attr = id;
        int progFd = Libc.bpf(BPF_PROG_GET_FD_BY_ID, attr, 128);
        if (progFd < 0)
            return;
        try
        {
            new Span<byte>(attr, 128).Clear();
            *(uint*)attr = (uint)dirFd;
            *(uint*)(attr + 4) = (uint)progFd;
            *(uint*)(attr + 8) = Libc.BPF_CGROUP_DEVICE;
            if (Libc.bpf(Libc.BPF_PROG_DETACH, attr, 128) < 0)
                throw new CgroupError($"failed to call BPF_PROG_DETACH (BPF_CGROUP_DEVICE): {SyscallException.Describe(Errno.Last)}");
        }
        finally
        {
            Libc.close(progFd);
        }
    }
}
