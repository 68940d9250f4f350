using System.Collections.Generic;
using Runc.Libcontainer.Capabilities;
using Runc.Libcontainer.Spec;
using Xunit;

namespace Runc.Tests.Capabilities;

public class CapabilityStateTests
{
    [Fact]
    public void NamesMapToTheirNumbersAndCaseMatters()
    {
        Assert.Equal(0, CapabilityNames.Number("CAP_CHOWN"));
        Assert.Equal(21, CapabilityNames.Number("CAP_SYS_ADMIN"));
        Assert.Null(CapabilityNames.Number("cap_chown"));
        Assert.Null(CapabilityNames.Number("CAP_NOPE"));
    }

    [Fact]
    public void UnknownNamesAreCollectedSortedAndOnce()
    {
        IReadOnlyList<string>? unknown = null;
        var state = CapabilityState.FromSpec(new LinuxCapabilities
        {
            Bounding = new List<string> { "CAP_KILL", "CAP_ZZZ" },
            Effective = new List<string> { "CAP_AAA", "CAP_ZZZ" },
        }, n => unknown = n);
        Assert.Equal(1UL << 5, state.Bounding);
        Assert.Equal(0UL, state.Effective);
        Assert.Equal(new[] { "CAP_AAA", "CAP_ZZZ" }, unknown);
        Assert.Equal("ignoring unknown or unavailable capabilities: [CAP_AAA CAP_ZZZ]", CapabilityState.UnknownWarning(unknown!));
    }

    [Fact]
    public void NoCapabilitiesObjectIsEverySetEmpty() =>
        Assert.Equal(default, CapabilityState.FromSpec(null));
}
