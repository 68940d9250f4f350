using System;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Launch;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Seccomp;

/// <summary>
/// When the init (container or exec) loads its seccomp filter, in runc 1.1's order
/// (standard_init_linux.go, setns_init_linux.go): without no_new_privs loading needs
/// CAP_SYS_ADMIN, so the filter goes in before the capabilities are dropped; with it, as late as
/// possible, so that few syscalls run under the filter. The filter is compiled up front, so that a
/// bad profile fails the create. A created container may defer the load past the wait for `runc
/// start` (<see cref="LoadDeferred"/>, just before execve) unless the notify fd must reach the
/// parent, which is gone by then. The notify fd goes to the parent on the init pipe.
/// </summary>
public sealed class SeccompLoader : IDisposable
{
    private readonly SeccompFilter? _filter;
    private readonly bool _noNewPrivileges;
    private readonly bool _mayDefer;
    private readonly InitPipe _pipe;

    /// <param name="mayDefer">The caller will call <see cref="LoadDeferred"/> before execve.</param>
    public SeccompLoader(LinuxSeccomp? config, bool noNewPrivileges, InitPipe pipe, bool mayDefer)
    {
        _noNewPrivileges = noNewPrivileges;
        _pipe = pipe;
        if (SeccompProfile.IsEnabled(config))
        {
            _filter = SeccompFilter.Compile(config!);
            _mayDefer = mayDefer && !_filter.UsesNotify;
        }
    }

    /// <summary>The finalizer is about to drop capabilities and change the uid.</summary>
    public void BeforeCapabilityDrop()
    {
        if (_filter is not null && !_noNewPrivileges)
            Load();
    }

    /// <summary>Identity, cwd and args[0] are done; only the handshake (and the start wait) remain.</summary>
    public void BeforeExec()
    {
        if (_filter is not null && !_filter.IsLoaded && !_mayDefer)
            Load();
    }

    /// <summary>Right before execve: loads the filter if it is still pending.</summary>
    public void LoadDeferred()
    {
        if (_filter is not null && !_filter.IsLoaded)
            Load();
    }

    private void Load()
    {
        int fd = _filter!.Load();
        if (fd >= 0)
        {
            using var notify = new SafeFd(fd);
            _pipe.SendFd(InitMessage.SeccompFd, fd);
        }
    }

    public void Dispose() => _filter?.Dispose();
}
