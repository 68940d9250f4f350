using System;

namespace Runc.Libcontainer.Launch;

/// <summary>The init (or exec) process reported an error, or died before it finished.</summary>
public sealed class InitFailedException : Exception
{
    public InitFailedException(string message) : base(message)
    {
    }
}
