using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Logging;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Seccomp;

/// <summary>
/// A seccomp filter compiled from linux.seccomp with libseccomp, in init only (the parent never
/// loads libseccomp), following runc 1.1's InitSeccomp: the default action (with defaultErrnoRet),
/// extra architectures, flags, one rule per syscall name; names libseccomp does not know are skipped
/// with a debug line, rules whose action is the default one are dropped; conditions on distinct
/// argument indexes form one rule, several conditions on the same index make one rule each.
/// <see cref="Load"/> installs it on the calling thread (no TSYNC: that thread is the one that
/// execs) and returns the notify fd when a rule uses SCMP_ACT_NOTIFY.
/// </summary>
public sealed unsafe class SeccompFilter : IDisposable
{
    private const int MaxArguments = 6;
    private const uint SECCOMP_FILTER_FLAG_LOG = 2, SECCOMP_FILTER_FLAG_SPEC_ALLOW = 4, SECCOMP_FILTER_FLAG_NEW_LISTENER = 8;
    private nint _ctx;
    private readonly Dictionary<uint, int> _lastSyscall = new();
    private bool _stubWanted;
    private uint _kernelFlags;

    private SeccompFilter(nint ctx, bool usesNotify)
    {
        _ctx = ctx;
        UsesNotify = usesNotify;
    }

    /// <summary>Some rule uses SCMP_ACT_NOTIFY: <see cref="Load"/> returns a listener fd.</summary>
    public bool UsesNotify { get; }

    public bool IsLoaded { get; private set; }

    /// <param name="preloadedOnly">In init: use only the libseccomp the C stage loaded from the host.</param>
    public static SeccompFilter Compile(LinuxSeccomp config, bool preloadedOnly = true)
    {
        Libseccomp.Load(preloadedOnly);
        uint defaultAction = SeccompNames.Action(config.DefaultAction, config.DefaultErrnoRet);
        bool usesNotify = SeccompProfile.UsesNotify(config);
        if (usesNotify)
        {
            uint api = Libseccomp.seccomp_api_get();
            if (api < 6)
                throw new SeccompSetupError($"seccomp notify unsupported: API level: got {api}, want at least 6. Please try with libseccomp >= 2.5.0 and Linux >= 5.7");
            foreach (var call in config.Syscalls!)
            {
                // The init writes to its parent after loading the filter: a notified write would hang it.
                if (call.Action == "SCMP_ACT_NOTIFY" && call.Names.Contains("write"))
                    throw new SeccompSetupError("SCMP_ACT_NOTIFY cannot be used for the write syscall");
            }
        }
        if (defaultAction == Libseccomp.SCMP_ACT_NOTIFY)
            throw new SeccompSetupError("SCMP_ACT_NOTIFY cannot be used as default action");

        nint ctx = Libseccomp.seccomp_init(defaultAction);
        if (ctx == 0)
            throw new SeccompSetupError("error creating filter: could not create filter");
        var filter = new SeccompFilter(ctx, usesNotify);
        try
        {
            filter._stubWanted = EnosysStub.Wanted(config.DefaultAction, config.DefaultErrnoRet);
            filter.AddArchitectures(config.Architectures);
            filter.SetFlags(config.Flags);
            // No no_new_privs from libseccomp: process.noNewPrivileges decides.
            Check(Libseccomp.seccomp_attr_set(ctx, Libseccomp.SCMP_FLTATR_CTL_NNP, 0), "error setting no new privileges");
            foreach (var call in config.Syscalls ?? new List<LinuxSyscall>())
            {
                foreach (string name in call.Names)
                {
                    filter.AddRule(name, call, defaultAction);
                    filter.TrackLast(name);
                }
            }
            return filter;
        }
        catch
        {
            filter.Dispose();
            throw;
        }
    }

    /// <summary>Installs the filter on this thread; the notify fd (close-on-exec) or -1.</summary>
    public int Load()
    {
        var stub = _stubWanted ? EnosysStub.Build(_lastSyscall) : Array.Empty<EnosysStub.Insn>();
        if (stub.Length > 0)
            return LoadWithStub(stub);
        int rc = Libseccomp.seccomp_load(_ctx);
        if (rc < 0)
            throw new SeccompSetupError("error loading seccomp filter into kernel: loading seccomp filter: " + SyscallException.Describe(-rc));
        IsLoaded = true;
        if (!UsesNotify)
            return -1;
        int fd = Libseccomp.seccomp_notify_fd(_ctx);
        if (fd < 0)
            throw new SeccompSetupError("error getting seccomp notify fd: " + SyscallException.Describe(-fd));
        Libc.fcntl(fd, Libc.F_SETFD, Libc.FD_CLOEXEC);
        return fd;
    }

    /// <summary>libseccomp's BPF with the ENOSYS stub in front, loaded with seccomp(2) directly.</summary>
    private int LoadWithStub(EnosysStub.Insn[] stub)
    {
        int memfd = Errno.Check(Libc.memfd_create("runc-seccomp-bpf", 1 /* MFD_CLOEXEC */), "memfd_create");
        byte[] program;
        using (var bpf = new SafeFd(memfd))
        {
            Check(Libseccomp.seccomp_export_bpf(_ctx, memfd), "error exporting seccomp filter");
            long size = Libc.lseek(memfd, 0, 1 /* SEEK_CUR */);
            if (size < 0 || size % 8 != 0 || Libc.lseek(memfd, 0, 0 /* SEEK_SET */) != 0)
                throw new SeccompSetupError("error exporting seccomp filter: bad program size");
            program = new byte[stub.Length * 8 + size];
            MemoryMarshal.AsBytes(stub.AsSpan()).CopyTo(program);
            int off = stub.Length * 8;
            fixed (byte* p = program)
            {
                while (off < program.Length)
                {
                    nint n = Libc.read(memfd, p + off, program.Length - off);
                    if (n <= 0)
                        throw new SeccompSetupError("error exporting seccomp filter: short read");
                    off += (int)n;
                }
            }
        }
        int count = program.Length / 8;
        if (count > 4096 /* BPF_MAXINSNS */)
            throw new SeccompSetupError($"error loading seccomp filter into kernel: {count} instructions is more than the kernel takes");
        int rc;
        fixed (byte* p = program)
            rc = Native.runc_seccomp_set_filter(_kernelFlags | (UsesNotify ? SECCOMP_FILTER_FLAG_NEW_LISTENER : 0), (ushort)count, p);
        if (rc < 0)
            throw new SeccompSetupError("error loading seccomp filter into kernel: loading seccomp filter: " + SyscallException.Describe(Errno.Last));
        IsLoaded = true;
        return UsesNotify ? rc : -1;
    }

    /// <summary>The largest number the profile names on each listed architecture (for the ENOSYS stub).</summary>
    private void TrackLast(string name)
    {
        if (!_stubWanted || _lastSyscall.Count == 0 || name.Length == 0)
            return;
        fixed (byte* p = Utf8(name))
        {
            foreach (uint token in _lastSyscall.Keys.ToArray())
            {
                int nr = Libseccomp.seccomp_syscall_resolve_name_arch(token, p);
                if (nr > _lastSyscall[token])
                    _lastSyscall[token] = nr;
            }
        }
    }

    private void AddArchitectures(List<string>? architectures)
    {
        foreach (string arch in architectures ?? new List<string>())
        {
            string name = SeccompNames.Architecture(arch) ?? throw new SeccompSetupError($"error validating Seccomp architecture: string {arch} is not a valid arch for seccomp");
            uint token;
            fixed (byte* p = Utf8(name))
                token = Libseccomp.seccomp_arch_resolve_name(p);
            if (token == 0)
                throw new SeccompSetupError($"error validating Seccomp architecture: architecture {name} is unknown to libseccomp");
            _lastSyscall.TryAdd(token, 0);
            if (Libseccomp.seccomp_arch_exist(_ctx, token) == 0)
                continue;
            Check(Libseccomp.seccomp_arch_add(_ctx, token), "error adding architecture to seccomp filter");
        }
    }

    private void SetFlags(List<string>? flags)
    {
        foreach (string flag in flags ?? new List<string>())
        {
            int? attr = SeccompNames.FlagAttribute(flag, out bool known);
            if (!known)
                throw new SeccompSetupError($"seccomp flags \"{flag}\" not yet supported by runc");
            _kernelFlags |= flag switch
            {
                "SECCOMP_FILTER_FLAG_LOG" => SECCOMP_FILTER_FLAG_LOG,
                "SECCOMP_FILTER_FLAG_SPEC_ALLOW" => SECCOMP_FILTER_FLAG_SPEC_ALLOW,
                _ => 0u,
            };
            if (attr is int a)
                Check(Libseccomp.seccomp_attr_set(_ctx, a, 1),
                    a == Libseccomp.SCMP_FLTATR_CTL_LOG ? "error adding log flag to seccomp filter" : "error adding SSB flag to seccomp filter");
        }
    }

    private const int NrScmpError = -1;

    private void AddRule(string name, LinuxSyscall call, uint defaultAction)
    {
        if (name.Length == 0)
            throw new SeccompSetupError("empty string is not a valid syscall");
        uint action = SeccompNames.Action(call.Action, call.ErrnoRet);
        if (action == defaultAction)
            return; // redundant, and libseccomp refuses it
        int nr;
        fixed (byte* p = Utf8(name))
            nr = Libseccomp.seccomp_syscall_resolve_name(p);
        // Negative numbers other than __NR_SCMP_ERROR are libseccomp's pseudo-syscalls (socketcall,
        // ipc … on x86_64): valid rules that the x86 filters need.
        if (nr == NrScmpError)
        {
            // A syscall this libseccomp does not know: not supported here either (runc's rule).
            Logger.Debug($"unknown seccomp syscall \"{name}\" ignored");
            return;
        }
        var args = call.Args ?? new List<LinuxSeccompArg>();
        if (args.Count == 0)
        {
            Check(Libseccomp.seccomp_rule_add_array(_ctx, action, nr, 0, null), $"error adding seccomp filter rule for syscall {name}");
            return;
        }
        var conditions = new Libseccomp.ArgCmp[args.Count];
        var perIndex = new int[MaxArguments];
        bool sameIndexTwice = false;
        for (int i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.Index >= MaxArguments)
                throw new SeccompSetupError($"error creating seccomp syscall condition for syscall {name}: syscalls only have up to 6 arguments ({arg.Index.ToString(CultureInfo.InvariantCulture)} given)");
            int op = SeccompNames.Operator(arg.Op)
                ?? throw new SeccompSetupError($"error creating seccomp syscall condition for syscall {name}: string {arg.Op} is not a valid operator for seccomp");
            // For SCMP_CMP_MASKED_EQ the spec's value is the mask and valueTwo the datum, as libseccomp's datum_a/datum_b.
            conditions[i] = new Libseccomp.ArgCmp { Arg = arg.Index, Op = op, DatumA = arg.Value, DatumB = arg.ValueTwo };
            sameIndexTwice |= ++perIndex[arg.Index] > 1;
        }
        fixed (Libseccomp.ArgCmp* c = conditions)
        {
            if (!sameIndexTwice)
            {
                Check(Libseccomp.seccomp_rule_add_array(_ctx, action, nr, (uint)conditions.Length, c), $"error adding seccomp rule for syscall {name}");
                return;
            }
            // Two conditions on one argument cannot be ANDed in one rule: each becomes a rule (runc's rule).
            for (int i = 0; i < conditions.Length; i++)
                Check(Libseccomp.seccomp_rule_add_array(_ctx, action, nr, 1, c + i), $"error adding seccomp rule for syscall {name}");
        }
    }

    private static void Check(int rc, string what)
    {
        if (rc < 0)
            throw new SeccompSetupError($"{what}: {SyscallException.Describe(-rc)}");
    }

    private static byte[] Utf8(string s)
    {
        byte[] b = new byte[Encoding.UTF8.GetByteCount(s) + 1];
        Encoding.UTF8.GetBytes(s, b);
        return b;
    }

    public void Dispose()
    {
        if (_ctx != 0)
        {
            Libseccomp.seccomp_release(_ctx);
            _ctx = 0;
        }
    }
}
