using System;
using System.Collections.Generic;
using Runc.Libcontainer.State;
using Xunit;

namespace Runc.Tests.StateTests;

/// <summary>Every operation against every status: the table runc's state machine implies.</summary>
public class StateTransitionsTests
{
    // status → (start, signal, delete, pause, resume, exec, exec --ignore-paused)
    private static readonly Dictionary<ContainerStatus, bool[]> Table = new()
    {
        [ContainerStatus.Created] = new[] { true, true, true, true, false, true, true },
        [ContainerStatus.Running] = new[] { false, true, false, true, false, true, true },
        [ContainerStatus.Paused] = new[] { false, true, false, false, true, false, true },
        [ContainerStatus.Stopped] = new[] { false, false, true, false, false, false, false },
    };

    public static IEnumerable<object[]> Statuses()
    {
        foreach (ContainerStatus s in Enum.GetValues<ContainerStatus>())
            yield return new object[] { s };
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void EveryOperationFollowsRunc(ContainerStatus status)
    {
        bool[] want = Table[status];
        Assert.Equal(want[0], StateTransitions.CanStart(status));
        Assert.Equal(want[1], StateTransitions.CanSignal(status));
        Assert.Equal(want[2], StateTransitions.CanDelete(status));
        Assert.Equal(want[3], StateTransitions.CanPause(status));
        Assert.Equal(want[4], StateTransitions.CanResume(status));
        Assert.Equal(want[5], StateTransitions.CanExec(status, ignorePaused: false));
        Assert.Equal(want[6], StateTransitions.CanExec(status, ignorePaused: true));
        Assert.True(StateTransitions.CanForceDelete(status));
        Assert.Equal(status != ContainerStatus.Stopped, StateTransitions.IsAlive(status));
    }

    [Fact]
    public void TableCoversEveryStatus() => Assert.Equal(Enum.GetValues<ContainerStatus>().Length, Table.Count);

    [Theory]
    [InlineData(ContainerStatus.Created, "created")]
    [InlineData(ContainerStatus.Running, "running")]
    [InlineData(ContainerStatus.Paused, "paused")]
    [InlineData(ContainerStatus.Stopped, "stopped")]
    public void StatusNamesAreRuncs(ContainerStatus status, string name) => Assert.Equal(name, status.Name());
}
