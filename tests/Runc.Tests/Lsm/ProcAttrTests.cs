using System.IO;
using Runc.Libcontainer;
using Runc.Libcontainer.Interop;
using Runc.Libcontainer.Lsm;
using Runc.Tests.Support;
using Xunit;

namespace Runc.Tests.Lsm;

public class ProcAttrTests
{
    /// <summary>The procfs `exec` writes LSM labels through: a fresh instance, attached nowhere.</summary>
    [RequiresRootFact]
    public void PrivateProcIsAFreshDetachedProcfs()
    {
        string before = File.ReadAllText("/proc/self/mountinfo");
        using var proc = ProcAttr.OpenPrivateProc();
        Assert.Equal(before, File.ReadAllText("/proc/self/mountinfo"));
        Assert.True(ProcAttr.Exists(proc, "attr/exec"));
        Assert.False(ProcAttr.Exists(proc, "attr/no-such-attribute"));
    }

    /// <summary>A directory laid out like procfs (what a bundle could mount) is refused before the write.</summary>
    [Fact]
    public void WritesRefuseWhatIsNotProcfs()
    {
        string dir = Directory.CreateTempSubdirectory("runc-fakeproc-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "thread-self", "attr"));
            File.WriteAllText(Path.Combine(dir, "thread-self", "attr", "exec"), "");
            using var fake = new SafeFd(Errno.Check(Libc.open(dir, Libc.O_PATH | Libc.O_DIRECTORY | Libc.O_CLOEXEC, 0), "open", dir));
            var e = Assert.Throws<RuntimeError>(() => ProcAttr.Write(fake, "attr/exec", "exec evil"));
            Assert.Equal("/proc/self/attr/exec is not on procfs", e.Message);
            Assert.Equal("", File.ReadAllText(Path.Combine(dir, "thread-self", "attr", "exec")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
