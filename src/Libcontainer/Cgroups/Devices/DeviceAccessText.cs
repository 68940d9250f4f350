namespace Runc.Libcontainer.Cgroups.Devices;

/// <summary>"rwm" text to <see cref="DeviceAccess"/> and back (always in r, w, m order).</summary>
public static class DeviceAccessText
{
    public static DeviceAccess Parse(string? s, string field)
    {
        var a = DeviceAccess.None;
        foreach (char c in s ?? "")
        {
            a |= c switch
            {
                'r' => DeviceAccess.Read,
                'w' => DeviceAccess.Write,
                'm' => DeviceAccess.Mknod,
                _ => throw new CgroupError($"{field}: invalid device access \"{s}\""),
            };
        }
        return a;
    }

    public static string Format(DeviceAccess a) =>
        ((a & DeviceAccess.Read) != 0 ? "r" : "") + ((a & DeviceAccess.Write) != 0 ? "w" : "") + ((a & DeviceAccess.Mknod) != 0 ? "m" : "");
}
