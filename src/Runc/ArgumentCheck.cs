using Runc.Libcontainer;

namespace Runc;

/// <summary>runc's checkArgs: the same wording when a command gets the wrong number of arguments.</summary>
internal static class ArgumentCheck
{
    public static void Exactly(string command, string[]? args, int n)
    {
        if ((args?.Length ?? 0) != n)
            throw new RuntimeError($"runc: \"{command}\" requires exactly {n} argument(s)");
    }

    public static void AtLeast(string command, string[]? args, int n)
    {
        if ((args?.Length ?? 0) < n)
            throw new RuntimeError($"runc: \"{command}\" requires a minimum of {n} argument(s)");
    }

    public static void AtMost(string command, string[]? args, int n)
    {
        if ((args?.Length ?? 0) > n)
            throw new RuntimeError($"runc: \"{command}\" requires a maximum of {n} argument(s)");
    }
}
