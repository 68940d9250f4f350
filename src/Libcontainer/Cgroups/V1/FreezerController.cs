using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V1;

/// <summary>freezer: FROZEN / THAWED, waiting for the state to settle (runc's retry loop).</summary>
internal sealed class FreezerController : IV1Controller
{
    public string Name => "freezer";

    public void Set(string path, LinuxResources r)
    {
    }

    public static void Freeze(string path) => Change(path, "FROZEN");

    public static void Thaw(string path) => Change(path, "THAWED");

    public static bool IsFrozen(string path)
    {
        string? state = CgroupFile.TryRead(path, "freezer.state");
        return state is "FROZEN" or "FREEZING";
    }

    private static void Change(string path, string want)
    {
        for (int i = 0; i < 1000; i++)
        {
            CgroupFile.Write(path, "freezer.state", want);
            string state = CgroupFile.Read(path, "freezer.state").Trim();
            if (state == want)
                return;
            // FREEZING: a task is still on its way; writing FROZEN again makes the kernel retry.
            System.Threading.Thread.Sleep(i < 10 ? 1 : 10);
        }
        if (want == "FROZEN")
            Change(path, "THAWED");
        throw new CgroupError($"unable to freeze {path}: state did not change to {want}");
    }
}
