using System;
using System.IO;

namespace Runc.Tests.Support;

/// <summary>Where a process's cgroups are on the host, and what the host has.</summary>
public static class CgroupProbe
{
    public static bool IsUnified => File.Exists("/sys/fs/cgroup/cgroup.controllers");

    /// <summary>The host directory of <paramref name="pid"/>'s cgroup for a v1 controller, or the v2 one for "".</summary>
    public static string Dir(int pid, string controller)
    {
        foreach (string line in File.ReadAllLines($"/proc/{pid}/cgroup"))
        {
            string[] f = line.Split(':', 3);
            if (controller.Length == 0 && f[1].Length == 0)
                return (IsUnified ? "/sys/fs/cgroup" : "/sys/fs/cgroup/unified") + f[2];
            if (controller.Length > 0 && Array.IndexOf(f[1].Split(','), controller) >= 0)
                return "/sys/fs/cgroup/" + f[1] + f[2];
        }
        throw new InvalidOperationException($"pid {pid} has no {controller} cgroup");
    }

    public static string Read(string dir, string file) => File.ReadAllText(Path.Combine(dir, file)).Trim();

    /// <summary>Removes an (empty) parent cgroup a test made in every hierarchy; runc leaves parents, tests should not.</summary>
    public static void RemoveParent(string relative)
    {
        foreach (string h in Directory.GetDirectories("/sys/fs/cgroup"))
        {
            try
            {
                Directory.Delete(Path.Combine(h, relative.TrimStart('/')));
            }
            catch (IOException)
            {
            }
        }
        try
        {
            Directory.Delete(Path.Combine("/sys/fs/cgroup", relative.TrimStart('/')));
        }
        catch (IOException)
        {
        }
    }
}
