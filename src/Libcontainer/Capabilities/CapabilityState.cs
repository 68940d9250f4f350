namespace Runc.Libcontainer.Capabilities;

/// <summary>The five capability sets of a process, as bit masks.</summary>
public readonly record struct CapabilityState(ulong Bounding, ulong Effective, ulong Permitted, ulong Inheritable, ulong Ambient)
{
    public static CapabilityState FromSpec(Spec.LinuxCapabilities? caps, System.Action<string>? unknown = null) => caps is null
        ? default
        : new CapabilityState(
            CapabilityNames.ToMask(caps.Bounding, unknown),
            CapabilityNames.ToMask(caps.Effective, unknown),
            CapabilityNames.ToMask(caps.Permitted, unknown),
            CapabilityNames.ToMask(caps.Inheritable, unknown),
            CapabilityNames.ToMask(caps.Ambient, unknown));
}
