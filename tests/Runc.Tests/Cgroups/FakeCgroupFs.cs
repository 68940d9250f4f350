using System;
using System.IO;

namespace Runc.Tests.Cgroups;

/// <summary>A temporary directory standing in for cgroupfs: directories with the (empty) files a
/// controller has, so that writes can be read back.</summary>
internal sealed class FakeCgroupFs : IDisposable
{
    public FakeCgroupFs() => Root = Directory.CreateTempSubdirectory("cgroupfs-").FullName;

    public string Root { get; }

    public string Dir(string relative, params string[] files)
    {
        string dir = Path.Combine(Root, relative);
        Directory.CreateDirectory(dir);
        foreach (string f in files)
            File.WriteAllText(Path.Combine(dir, f), "");
        return dir;
    }

    public static string Read(string dir, string file) => File.ReadAllText(Path.Combine(dir, file));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
