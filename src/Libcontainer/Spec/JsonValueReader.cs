using System.Text.Json;

namespace Runc.Libcontainer.Spec;

/// <summary>Reads the JSON value the reader is on (an array item); the reader is left on its last token.</summary>
internal delegate T JsonValueReader<out T>(ref Utf8JsonReader reader);
