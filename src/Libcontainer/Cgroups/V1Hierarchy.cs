namespace Runc.Libcontainer.Cgroups;

/// <summary>One mounted cgroup v1 hierarchy: where it is mounted, the cgroup its mount shows as
/// root, and its controllers ("cpu", "cpuacct" when co-mounted; "name=systemd").</summary>
public sealed record V1Hierarchy(string MountPoint, string Root, string[] Controllers);
