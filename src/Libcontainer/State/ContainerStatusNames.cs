namespace Runc.Libcontainer.State;

/// <summary>The lowercase names runc prints for <see cref="ContainerStatus"/>.</summary>
public static class ContainerStatusNames
{
    public static string Name(this ContainerStatus status) => status switch
    {
        ContainerStatus.Created => "created",
        ContainerStatus.Running => "running",
        ContainerStatus.Paused => "paused",
        _ => "stopped",
    };
}
