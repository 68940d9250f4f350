namespace Runc.Libcontainer.Cgroups;

/// <summary>A cgroup operation failed or a resource value is invalid; the message names the file or field.</summary>
public sealed class CgroupError : RuntimeError
{
    public CgroupError(string message) : base(message)
    {
    }
}
