using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Launch;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InitConfig))]
internal sealed partial class InitJsonContext : JsonSerializerContext
{
}
