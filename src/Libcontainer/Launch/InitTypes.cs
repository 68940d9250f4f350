namespace Runc.Libcontainer.Launch;

/// <summary>The two kinds of `runc init`.</summary>
public static class InitTypes
{
    /// <summary>A new container: namespaces, rootfs, wait on exec.fifo, exec.</summary>
    public const string Standard = "standard";

    /// <summary>`runc exec`: joins the namespaces of a running container, then execs.</summary>
    public const string Setns = "setns";
}
