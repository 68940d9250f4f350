using System;

namespace Runc.Libcontainer.Spec;

/// <summary>A JSON value of the wrong type or out of range, thrown by <see cref="GoJsonReader"/>;
/// <see cref="SpecJsonErrors"/> turns it into a <see cref="SpecException"/> naming the field.</summary>
internal sealed class JsonValueException : Exception
{
    public JsonValueException(string reason, long offset, Exception? innerException = null)
        : base(reason, innerException)
    {
        Offset = offset;
    }

    /// <summary>Where the value starts in the document (<c>Utf8JsonReader.TokenStartIndex</c>).</summary>
    public long Offset { get; }
}
