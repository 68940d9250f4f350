using System;
using Runc.Libcontainer.Logging;
using Xunit;

namespace Runc.Tests.Logging;

/// <summary>logrus's line formats, which containerd parses from our --log file.</summary>
[Collection("Logger")]
public class LoggerTests
{
    private static readonly DateTime T = new(2026, 11, 22, 9, 8, 36, DateTimeKind.Utc);

    [Fact]
    public void TextQuotesLikeLogrus()
    {
        Logger.Format = LogFormat.Text;
        Logger.Terminal = false;
        Assert.Equal("time=\"2026-11-22T09:08:36Z\" level=error msg=\"container does not exist\"\n", Logger.FormatLine(LogLevel.Error, "container does not exist", T));
        Assert.Equal("time=\"2026-11-22T09:08:36Z\" level=info msg=plain-word\n", Logger.FormatLine(LogLevel.Info, "plain-word", T));
        Assert.Equal("time=\"2026-11-22T09:08:36Z\" level=warning msg=\"say \\\"hi\\\"\"\n", Logger.FormatLine(LogLevel.Warning, "say \"hi\"", T));
    }

    [Fact]
    public void JsonHasLevelMsgTime()
    {
        Logger.Format = LogFormat.Json;
        try
        {
            Assert.Equal("{\"level\":\"error\",\"msg\":\"a \\\"b\\\"\\n\",\"time\":\"2026-11-22T09:08:36Z\"}\n", Logger.FormatLine(LogLevel.Error, "a \"b\"\n", T));
        }
        finally
        {
            Logger.Format = LogFormat.Text;
        }
    }

    [Theory]
    [InlineData("warn", LogLevel.Warning)]
    [InlineData("debug", LogLevel.Debug)]
    [InlineData("error", LogLevel.Error)]
    public void LevelNames(string name, LogLevel level) => Assert.Equal(level, Logger.Parse(name));
}
