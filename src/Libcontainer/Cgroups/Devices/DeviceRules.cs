using System.Collections.Generic;
using Runc.Libcontainer.Spec;

namespace Runc.Libcontainer.Cgroups.Devices;

/// <summary>The rules a container's device cgroup enforces: linux.resources.devices in order, then
/// runc's default allow list (mknod of anything; null, zero, full, random, urandom, tty, ptmx,
/// the pts devices, tun).</summary>
public static class DeviceRules
{
    private static readonly DeviceRule[] Defaults =
    [
        new('c', DeviceRule.Wildcard, DeviceRule.Wildcard, DeviceAccess.Mknod, true),
        new('b', DeviceRule.Wildcard, DeviceRule.Wildcard, DeviceAccess.Mknod, true),
        new('c', 1, 3, DeviceAccess.All, true),
        new('c', 1, 8, DeviceAccess.All, true),
        new('c', 1, 7, DeviceAccess.All, true),
        new('c', 5, 0, DeviceAccess.All, true),
        new('c', 1, 5, DeviceAccess.All, true),
        new('c', 1, 9, DeviceAccess.All, true),
        new('c', 136, DeviceRule.Wildcard, DeviceAccess.All, true),
        new('c', 5, 2, DeviceAccess.All, true),
        new('c', 10, 200, DeviceAccess.All, true),
    ];

    public static List<DeviceRule> For(LinuxResources? r)
    {
        var rules = new List<DeviceRule>();
        var spec = r?.Devices;
        if (spec is not null)
        {
            for (int i = 0; i < spec.Count; i++)
            {
                var d = spec[i];
                char type = d.Type switch
                {
                    null or "" or "a" => 'a',
                    "b" => 'b',
                    "c" => 'c',
                    _ => throw new CgroupError($"linux.resources.devices[{i}].type: invalid cgroup device type \"{d.Type}\""),
                };
                rules.Add(new DeviceRule(type, d.Major ?? DeviceRule.Wildcard, d.Minor ?? DeviceRule.Wildcard,
                    DeviceAccessText.Parse(d.Access, $"linux.resources.devices[{i}].access"), d.Allow));
            }
        }
        rules.AddRange(Defaults);
        return rules;
    }
}
