using System;

namespace Runc.Libcontainer;

/// <summary>
/// An error for the user: one line, runc's wording where tools match on it. The CLI prints the
/// message (prefixed the way runc does for the command) and exits 1.
/// </summary>
public class RuntimeError : Exception
{
    public RuntimeError(string message) : base(message)
    {
    }

    public RuntimeError(string message, Exception inner) : base(message, inner)
    {
    }
}
