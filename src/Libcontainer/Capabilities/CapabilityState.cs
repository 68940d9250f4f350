using System.Collections.Generic;
using System.Linq;

namespace Runc.Libcontainer.Capabilities;

/// <summary>The five capability sets of a process, as bit masks.</summary>
public readonly record struct CapabilityState(ulong Bounding, ulong Effective, ulong Permitted, ulong Inheritable, ulong Ambient)
{
    /// <summary>
    /// The sets of process.capabilities; no capabilities object means every set empty (runc's
    /// rule). Unknown names are skipped and reported once, sorted, to <paramref name="unknown"/>.
    /// </summary>
    public static CapabilityState FromSpec(Spec.LinuxCapabilities? caps, System.Action<IReadOnlyList<string>>? unknown = null)
    {
        if (caps is null)
            return default;
        var skipped = new SortedSet<string>(System.StringComparer.Ordinal);
        var state = new CapabilityState(
            CapabilityNames.ToMask(caps.Bounding, n => skipped.Add(n)),
            CapabilityNames.ToMask(caps.Effective, n => skipped.Add(n)),
            CapabilityNames.ToMask(caps.Permitted, n => skipped.Add(n)),
            CapabilityNames.ToMask(caps.Inheritable, n => skipped.Add(n)),
            CapabilityNames.ToMask(caps.Ambient, n => skipped.Add(n)));
        if (skipped.Count > 0)
            unknown?.Invoke(skipped.ToList());
        return state;
    }

    /// <summary>runc's warning for skipped names: "ignoring unknown or unavailable capabilities: [A B]".</summary>
    public static string UnknownWarning(IReadOnlyList<string> names) =>
        "ignoring unknown or unavailable capabilities: [" + string.Join(' ', names) + "]";
}
