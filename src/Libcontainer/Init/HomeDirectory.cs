using System;
using System.Globalization;
using Runc.Libcontainer.Interop;

namespace Runc.Libcontainer.Init;

/// <summary>runc sets HOME when the config does not: the user's entry in the container's /etc/passwd, else "/".</summary>
public static class HomeDirectory
{
    public static string Find(uint uid)
    {
        string? passwd = null;
        try
        {
            passwd = FileIo.TryReadAllText("/etc/passwd");
        }
        catch (SyscallException)
        {
        }
        if (passwd is null)
            return "/";
        string id = uid.ToString(CultureInfo.InvariantCulture);
        foreach (string line in passwd.Split('\n'))
        {
            string[] f = line.Split(':');
            if (f.Length >= 6 && f[2] == id && f[5].Length > 0)
                return f[5];
        }
        return "/";
    }
}
