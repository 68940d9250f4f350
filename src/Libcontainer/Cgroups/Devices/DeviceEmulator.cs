using System;
using System.Collections.Generic;

namespace Runc.Libcontainer.Cgroups.Devices;

/// <summary>
/// What the v1 devices controller does with a sequence of rules (runc's devices emulator): a
/// default (allow-all or deny-all, set by an "a" rule) and the exceptions to it, keyed by
/// type/major/minor. <see cref="Transition"/> gives the writes that turn one state into another.
/// </summary>
public sealed class DeviceEmulator
{
    private readonly SortedDictionary<(char Type, long Major, long Minor), DeviceAccess> _rules = new();

    /// <summary>True: everything is allowed except the rules (a deny list); false: an allow list.</summary>
    public bool DefaultAllow { get; private set; }

    public IReadOnlyDictionary<(char Type, long Major, long Minor), DeviceAccess> Exceptions => _rules;

    public static DeviceEmulator From(IEnumerable<DeviceRule> rules)
    {
        var e = new DeviceEmulator();
        foreach (var r in rules)
            e.Apply(r);
        return e;
    }

    /// <summary>The state devices.list shows: "a *:* rwm" means allow all; else the allowed entries.</summary>
    public static DeviceEmulator FromList(string list)
    {
        var e = new DeviceEmulator();
        foreach (string line in list.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] f = line.Split(' ');
            if (f.Length != 3)
                throw new CgroupError($"invalid devices.list line \"{line}\"");
            string[] mm = f[1].Split(':');
            long major = mm[0] == "*" ? DeviceRule.Wildcard : long.Parse(mm[0], System.Globalization.CultureInfo.InvariantCulture);
            long minor = mm[1] == "*" ? DeviceRule.Wildcard : long.Parse(mm[1], System.Globalization.CultureInfo.InvariantCulture);
            e.Apply(new DeviceRule(f[0][0], major, minor, DeviceAccessText.Parse(f[2], "devices.list"), true));
        }
        return e;
    }

    public void Apply(DeviceRule rule)
    {
        if (rule.Type == 'a')
        {
            // Any "a" rule resets the cgroup to allow-all or deny-all.
            DefaultAllow = rule.Allow;
            _rules.Clear();
            return;
        }
        var key = (rule.Type, rule.Major, rule.Minor);
        if (rule.Allow == DefaultAllow)
        {
            // Same as the default: the exception loses these bits.
            if (_rules.TryGetValue(key, out var have))
            {
                have &= ~rule.Access;
                if (have == DeviceAccess.None)
                    _rules.Remove(key);
                else
                    _rules[key] = have;
            }
        }
        else
        {
            _rules[key] = _rules.GetValueOrDefault(key) | rule.Access;
        }
    }

    /// <summary>The rules to write to move a cgroup from this state to <paramref name="target"/>.</summary>
    public List<DeviceRule> Transition(DeviceEmulator target)
    {
        var writes = new List<DeviceRule>();
        IReadOnlyDictionary<(char, long, long), DeviceAccess> old = _rules;
        // devices.list cannot show the deny rules of an allow-all cgroup, so from one we always reset.
        if (DefaultAllow || DefaultAllow != target.DefaultAllow)
        {
            writes.Add(new DeviceRule('a', DeviceRule.Wildcard, DeviceRule.Wildcard, DeviceAccess.All, target.DefaultAllow));
            old = new Dictionary<(char, long, long), DeviceAccess>();
        }
        foreach (var ((t, ma, mi), access) in old)
        {
            var dropped = access & ~target._rules.GetValueOrDefault((t, ma, mi));
            if (dropped != DeviceAccess.None)
                writes.Add(new DeviceRule(t, ma, mi, dropped, target.DefaultAllow));
        }
        foreach (var ((t, ma, mi), access) in target._rules)
        {
            var gained = access & ~old.GetValueOrDefault((t, ma, mi));
            if (gained != DeviceAccess.None)
                writes.Add(new DeviceRule(t, ma, mi, gained, !target.DefaultAllow));
        }
        return writes;
    }
}
