using System.Text;
using Runc.Libcontainer.Interop;

namespace Runc;

/// <summary>Writes to stdout and stderr with write(2): no System.Console, whose set-up (terminal and
/// signal handling) costs start-up time that runc's commands do not need.</summary>
internal static class Stdio
{
    public static void Out(string text) => Write(1, text);

    public static void Err(string text) => Write(2, text);

    public static void ErrLine(string text) => Write(2, text + "\n");

    private static void Write(int fd, string text)
    {
        try
        {
            FileIo.WriteAll(fd, Encoding.UTF8.GetBytes(text), fd == 1 ? "stdout" : "stderr");
        }
        catch (SyscallException)
        {
            // a closed stdout or stderr is not worth failing for
        }
    }
}
