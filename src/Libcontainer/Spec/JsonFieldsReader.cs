using System.Text.Json;

namespace Runc.Libcontainer.Spec;

/// <summary>Reads the fields of a JSON object into <paramref name="into"/>: the reader is on the object's
/// StartObject and is left on its EndObject (each spec type's <c>ReadJson</c>).</summary>
internal delegate void JsonFieldsReader<in T>(ref Utf8JsonReader reader, T into);
