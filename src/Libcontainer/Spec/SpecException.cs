using System;

namespace Runc.Libcontainer.Spec;

/// <summary>A config that cannot be read or is not valid. <see cref="Exception.Message"/> is one line, lowercase
/// where ours, and names the JSON field when there is one (also in <see cref="Field"/>).</summary>
public sealed class SpecException : Exception
{
    public SpecException(string message)
        : base(message)
    {
    }

    public SpecException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public SpecException(string message, string? field, Exception? innerException = null)
        : base(message, innerException)
    {
        Field = field;
    }

    /// <summary>The JSON path of the offending field, such as "linux.namespaces[2].type", when there is one.</summary>
    public string? Field { get; }
}
