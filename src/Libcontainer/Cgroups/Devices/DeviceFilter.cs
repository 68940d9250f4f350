using System;
using System.Collections.Generic;

namespace Runc.Libcontainer.Cgroups.Devices;

/// <summary>
/// The cgroup v2 device controller is an eBPF program (BPF_PROG_TYPE_CGROUP_DEVICE). This assembles
/// the one runc's devicefilter generates from the emulator's state: a prologue loads the access
/// type, access bits, major and minor from struct bpf_cgroup_dev_ctx, then one block per exception
/// jumps to the next block on any mismatch or returns the exception's verdict; the last block
/// returns the default.
/// </summary>
public static class DeviceFilter
{
    private const byte BPF_LDX_MEM_W = 0x61;
    private const byte BPF_ALU_AND_K = 0x54;
    private const byte BPF_ALU_RSH_K = 0x74;
    private const byte BPF_ALU_MOV_X = 0xbc;
    private const byte BPF_ALU_MOV_K = 0xb4;
    private const byte BPF_JMP_JNE_K = 0x55;
    private const byte BPF_JMP_JNE_X = 0x5d;
    private const byte BPF_JMP_EXIT = 0x95;

    private const int BPF_DEVCG_DEV_BLOCK = 1;
    private const int BPF_DEVCG_DEV_CHAR = 2;
    private const int BPF_DEVCG_ACC_MKNOD = 1;
    private const int BPF_DEVCG_ACC_READ = 2;
    private const int BPF_DEVCG_ACC_WRITE = 4;

    /// <summary>The program, 8 bytes per instruction (struct bpf_insn).</summary>
    public static byte[] Assemble(DeviceEmulator emulator)
    {
        var insns = new List<ulong>
        {
            Insn(BPF_LDX_MEM_W, 2, 1, 0, 0), // r2 = ctx->access_type
            Insn(BPF_ALU_AND_K, 2, 0, 0, 0xffff), // r2 &= 0xffff: device type
            Insn(BPF_LDX_MEM_W, 3, 1, 0, 0), // r3 = ctx->access_type
            Insn(BPF_ALU_RSH_K, 3, 0, 0, 16), // r3 >>= 16: access bits
            Insn(BPF_LDX_MEM_W, 4, 1, 4, 0), // r4 = ctx->major
            Insn(BPF_LDX_MEM_W, 5, 1, 8, 0), // r5 = ctx->minor
        };
        foreach (var ((type, major, minor), access) in emulator.Exceptions)
        {
            // Jumps in this block go to the first instruction after it; offsets are filled in below.
            var jumps = new List<int>();
            if (type != 'a')
            {
                jumps.Add(insns.Count);
                insns.Add(Insn(BPF_JMP_JNE_K, 2, 0, 0, type == 'b' ? BPF_DEVCG_DEV_BLOCK : BPF_DEVCG_DEV_CHAR));
            }
            int bpfAccess = ((access & DeviceAccess.Read) != 0 ? BPF_DEVCG_ACC_READ : 0)
                | ((access & DeviceAccess.Write) != 0 ? BPF_DEVCG_ACC_WRITE : 0)
                | ((access & DeviceAccess.Mknod) != 0 ? BPF_DEVCG_ACC_MKNOD : 0);
            if (access != DeviceAccess.All)
            {
                // if ((r3 & access) != r3) the request asks for more than the rule grants.
                insns.Add(Insn(BPF_ALU_MOV_X, 1, 3, 0, 0));
                insns.Add(Insn(BPF_ALU_AND_K, 1, 0, 0, bpfAccess));
                jumps.Add(insns.Count);
                insns.Add(Insn(BPF_JMP_JNE_X, 1, 3, 0, 0));
            }
            if (major != DeviceRule.Wildcard)
            {
                jumps.Add(insns.Count);
                insns.Add(Insn(BPF_JMP_JNE_K, 4, 0, 0, (int)major));
            }
            if (minor != DeviceRule.Wildcard)
            {
                jumps.Add(insns.Count);
                insns.Add(Insn(BPF_JMP_JNE_K, 5, 0, 0, (int)minor));
            }
            insns.Add(Insn(BPF_ALU_MOV_K, 0, 0, 0, emulator.DefaultAllow ? 0 : 1));
            insns.Add(Insn(BPF_JMP_EXIT, 0, 0, 0, 0));
            int next = insns.Count;
            foreach (int j in jumps)
                insns[j] = WithOffset(insns[j], (short)(next - j - 1));
        }
        insns.Add(Insn(BPF_ALU_MOV_K, 0, 0, 0, emulator.DefaultAllow ? 1 : 0));
        insns.Add(Insn(BPF_JMP_EXIT, 0, 0, 0, 0));

        byte[] code = new byte[insns.Count * 8];
        for (int i = 0; i < insns.Count; i++)
            BitConverter.TryWriteBytes(code.AsSpan(i * 8), insns[i]);
        return code;
    }

    /// <summary>struct bpf_insn { u8 code; u8 dst:4, src:4; s16 off; s32 imm; } as one little-endian word.</summary>
    private static ulong Insn(byte code, int dst, int src, short off, int imm) =>
        code | ((ulong)(byte)((src << 4) | dst) << 8) | ((ulong)(ushort)off << 16) | ((ulong)(uint)imm << 32);

    private static ulong WithOffset(ulong insn, short off) => (insn & ~0xffff0000UL) | ((ulong)(ushort)off << 16);
}
