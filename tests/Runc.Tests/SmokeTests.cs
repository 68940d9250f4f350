using Xunit;

namespace Runc.Tests;

public class SmokeTests
{
    [Fact]
    public void NativeHelpersLoad() => Assert.True(System.IO.File.Exists(System.IO.Path.Combine(System.AppContext.BaseDirectory, "libruncnative.so")));
}
