using System.Text.Json.Serialization;

namespace Runc.Libcontainer.Spec;

/// <summary>A hugetlb limit (<c>linux.resources.hugepageLimits[]</c>).</summary>
public sealed class LinuxHugepageLimit
{
    /// <summary>For example "2MB" or "1GB".</summary>
    [JsonPropertyName("pageSize")]
    public string Pagesize { get; set; } = "";

    [JsonPropertyName("limit")]
    public ulong Limit { get; set; }
}
