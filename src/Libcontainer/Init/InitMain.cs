using System;
using System.Globalization;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Launch;
using Runc.Libcontainer.Logging;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Init;

/// <summary>
/// `runc init` once the C stage has returned: this process is already in the container's
/// namespaces (and is pid 1 of a new pid namespace). It reads its config from the init pipe and
/// runs the standard init (a new container) or the setns init (exec). On failure it sends the
/// error over the pipe, where the parent reports it as the create/exec error.
/// </summary>
public static class InitMain
{
    public static bool IsInitProcess() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(InitEnvironment.InitPipe));

    public static int Run()
    {
        // The C main() blocked signals for the runtime's threads; this thread takes them again, so
        // that a waiting init dies of SIGTERM or SIGKILL the way runc's does.
        Native.runc_unblock_signals();
        var pipe = new InitPipe(new SafeFd(EnvFd(InitEnvironment.InitPipe)));
        ConfigureLogging();
        InitConfig? config = null;
        try
        {
            config = InitConfig.FromJson(pipe.Expect(InitMessage.Config));
            var spec = SpecLoader.Parse(pipe.Expect(InitMessage.Spec));
            if (config.Type == InitTypes.Setns)
                new SetnsInit(pipe, config, spec).Run();
            else
                new StandardInit(pipe, config, spec, EnvFd(InitEnvironment.FifoFd)).Run();
            return 1;
        }
        catch (Exception e)
        {
            try
            {
                // runc words a new container's failures "error during container init: …"; exec's come as they are.
                bool plain = e is ExecLookupError or Seccomp.SeccompSetupError || config?.Type == InitTypes.Setns;
                pipe.Send(InitMessage.Error, plain ? e.Message : "error during container init: " + e.Message);
            }
            catch (SyscallException)
            {
                Logger.Error(e.Message);
            }
            return 1;
        }
    }

    private static void ConfigureLogging()
    {
        string? fd = Environment.GetEnvironmentVariable(InitEnvironment.LogPipe);
        if (string.IsNullOrEmpty(fd))
            return;
        Logger.Fd = int.Parse(fd, CultureInfo.InvariantCulture);
        Logger.Format = LogFormat.Json;
        string? level = Environment.GetEnvironmentVariable(InitEnvironment.LogLevel);
        Logger.Level = level is null ? LogLevel.Info : Logger.Parse(level) ?? LogLevel.Info;
    }

    private static int EnvFd(string name)
    {
        string? v = Environment.GetEnvironmentVariable(name);
        if (v is null || !int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out int fd))
            throw new RuntimeError($"{name} is not set");
        return fd;
    }
}
