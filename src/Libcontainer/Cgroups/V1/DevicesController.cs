using Runc.Libcontainer.Cgroups.Devices;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.V1;

/// <summary>devices: the rules are replayed into runc's emulator, and only the transition from what
/// devices.list shows now to the wanted state is written (devices.deny / devices.allow).</summary>
internal sealed class DevicesController : IV1Controller
{
    public string Name => "devices";

    public void Set(string path, LinuxResources r)
    {
        var rules = DeviceRules.For(r);
        var target = DeviceEmulator.From(rules);
        var current = DeviceEmulator.FromList(CgroupFile.TryRead(path, "devices.list") ?? "a *:* rwm");
        foreach (var rule in current.Transition(target))
            CgroupFile.Write(path, rule.Allow ? "devices.allow" : "devices.deny", rule.ToString());
    }
}
