using System.Text;
using System.Text.RegularExpressions;

namespace Runc.Tests.Support;

/// <summary>Reads the msg of a logrus text line: <c>time="…" level=error msg="…"</c> (quoted or bare).</summary>
public static class LogLine
{
    public static string Message(string line)
    {
        var m = Regex.Match(line, "msg=(\"(?<q>(?:[^\"\\\\]|\\\\.)*)\"|(?<b>\\S+))");
        if (!m.Success)
            return line;
        if (m.Groups["b"].Success)
            return m.Groups["b"].Value;
        string q = m.Groups["q"].Value;
        var sb = new StringBuilder();
        for (int i = 0; i < q.Length; i++)
        {
            if (q[i] == '\\' && i + 1 < q.Length)
            {
                char c = q[++i];
                sb.Append(c switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => c });
            }
            else
            {
                sb.Append(q[i]);
            }
        }
        return sb.ToString();
    }
}
