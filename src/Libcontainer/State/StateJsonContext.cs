using System.Text.Json.Serialization;

namespace Runc.Libcontainer.State;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ContainerState))]
internal sealed partial class StateJsonContext : JsonSerializerContext
{
}
