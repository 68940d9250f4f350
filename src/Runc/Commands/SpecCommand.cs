using System.CommandLine;
using System.IO;
using Runc.Libcontainer;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Spec;

namespace Runc.Commands;

/// <summary>`runc spec`: writes the starter config.json that Debian's runc writes.</summary>
internal static class SpecCommand
{
    public static Command Build(GlobalOptions g)
    {
        var bundle = new Option<string>("--bundle", "-b") { Description = "path to the root of the bundle directory" };
        var rootless = new Option<bool>("--rootless") { Description = "generate a configuration for a rootless container" };
        var cmd = new Command("spec", "create a new specification file") { bundle, rootless };
        cmd.SetAction(r => CommandRunner.Run(r, g, null, _ =>
        {
            string dir = r.GetValue(bundle) is { Length: > 0 } b ? b : ".";
            if (!Directory.Exists(dir))
                throw new RuntimeError($"chdir {dir}: no such file or directory");
            string path = Path.Combine(dir, SpecLoader.ConfigFileName);
            if (File.Exists(path))
                throw new RuntimeError("File config.json exists. Remove it first");
            var spec = DefaultSpec.Create(r.GetValue(rootless));
            int fd = Errno.Check(Libc.open(path, Libc.O_WRONLY | Libc.O_CREAT | Libc.O_EXCL | Libc.O_CLOEXEC, 0x1b6), "open", path);
            try
            {
                FileIo.WriteAll(fd, SpecWriter.ToUtf8Bytes(spec), path);
            }
            finally
            {
                Libc.close(fd);
            }
            return 0;
        }));
        return cmd;
    }
}
