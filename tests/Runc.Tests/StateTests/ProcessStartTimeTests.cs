using Runc.Libcontainer.State;
using Xunit;

namespace Runc.Tests.StateTests;

public class ProcessStartTimeTests
{
    [Fact]
    public void ParsesStateAndStartTimeEvenWithSpacesAndParensInComm()
    {
        string stat = "1234 (a) b (c) S 1 1234 1234 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 987654 1000 10 18446744073709551615";
        var r = ProcessStartTime.Parse(stat);
        Assert.NotNull(r);
        Assert.Equal('S', r!.Value.State);
        Assert.Equal(987654UL, r.Value.StartTime);
    }

    [Fact]
    public void OwnProcessIsLiveAndAMadeUpStartTimeIsNot()
    {
        int pid = System.Environment.ProcessId;
        var own = ProcessStartTime.Read(pid);
        Assert.NotNull(own);
        Assert.True(ProcessStartTime.IsSameLiveProcess(pid, own!.Value.StartTime));
        Assert.False(ProcessStartTime.IsSameLiveProcess(pid, own.Value.StartTime + 1));
        Assert.Null(ProcessStartTime.Read(-1));
    }

    [Fact]
    public void GarbageIsNotParsed() => Assert.Null(ProcessStartTime.Parse("nonsense"));
}
