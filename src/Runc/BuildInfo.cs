using System.Reflection;

namespace Runc;

/// <summary>Facts stamped in at build time (the Makefile passes the git commit as SourceRevisionId).</summary>
internal static class BuildInfo
{
    public static string Commit
    {
        get
        {
            string? v = typeof(BuildInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            int plus = v?.IndexOf('+') ?? -1;
            return plus >= 0 ? v![(plus + 1)..] : "unknown";
        }
    }
}
