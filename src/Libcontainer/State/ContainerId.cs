namespace Runc.Libcontainer.State;

/// <summary>runc's container id rules: <c>^[\w+-\.]+$</c>, and neither "." nor "..".</summary>
public static class ContainerId
{
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id == "." || id == "..")
            return false;
        foreach (char c in id)
        {
            // \w in Go's RE2 is ASCII [0-9A-Za-z_]; the class also holds '+', '-' and '.'
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '+' or '-' or '.'))
                return false;
        }
        return true;
    }

    /// <summary>Throws runc's error for an invalid id.</summary>
    public static void Validate(string? id)
    {
        if (string.IsNullOrEmpty(id))
            throw new RuntimeError("container id cannot be empty");
        if (!IsValid(id))
            throw new RuntimeError("invalid container ID format");
    }
}
