namespace Runc.Libcontainer.Cgroups.Devices;

/// <summary>One device cgroup rule: type 'a', 'b' or 'c', major/minor (-1 = any), access bits.</summary>
public readonly record struct DeviceRule(char Type, long Major, long Minor, DeviceAccess Access, bool Allow)
{
    public const long Wildcard = -1;

    /// <summary>The devices.allow / devices.deny form: "c 1:3 rwm", "a *:* rwm".</summary>
    public override string ToString() =>
        $"{Type} {(Major == Wildcard ? "*" : Major.ToString(System.Globalization.CultureInfo.InvariantCulture))}:{(Minor == Wildcard ? "*" : Minor.ToString(System.Globalization.CultureInfo.InvariantCulture))} {DeviceAccessText.Format(Access)}";
}
