using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Runc.Libcontainer.Capabilities;
using Runc.Libcontainer.Hooks;
using Runc.Libcontainer.Namespaces;
using Runc.Libcontainer.Rootfs;

namespace Runc.Libcontainer.Features;

/// <summary>
/// `runc features`: what this runtime supports, in runc 1.1's JSON shape (runc types/features,
/// the runtime-spec's features.md), indented with four spaces as runc's encoder writes it. It
/// lists only what runc# really does; the facts that depend on work not in this tree yet are the
/// constants below.
/// </summary>
public static class FeaturesReport
{
    public const string OciVersionMin = "1.0.0";

    // Drivers and LSMs: true only once runc# applies them (see docs/ARCHITECTURE.md).
    public const bool CgroupV1 = true;
    public const bool CgroupV2 = true;
    public const bool CgroupSystemd = false;
    public const bool CgroupSystemdUser = false;
    public const bool Apparmor = true;
    public const bool Selinux = true;
    public const bool IntelRdt = false;

    /// <summary>runc's lists (libcontainer/seccomp KnownActions, KnownOperators, KnownArchs).</summary>
    public static readonly string[] SeccompActions =
    {
        "SCMP_ACT_ALLOW", "SCMP_ACT_ERRNO", "SCMP_ACT_KILL", "SCMP_ACT_KILL_PROCESS", "SCMP_ACT_KILL_THREAD",
        "SCMP_ACT_LOG", "SCMP_ACT_NOTIFY", "SCMP_ACT_TRACE", "SCMP_ACT_TRAP",
    };

    public static readonly string[] SeccompOperators =
    {
        "SCMP_CMP_EQ", "SCMP_CMP_GE", "SCMP_CMP_GT", "SCMP_CMP_LE", "SCMP_CMP_LT", "SCMP_CMP_MASKED_EQ", "SCMP_CMP_NE",
    };

    public static readonly string[] SeccompArchs =
    {
        "SCMP_ARCH_AARCH64", "SCMP_ARCH_ARM", "SCMP_ARCH_MIPS", "SCMP_ARCH_MIPS64", "SCMP_ARCH_MIPS64N32",
        "SCMP_ARCH_MIPSEL", "SCMP_ARCH_MIPSEL64", "SCMP_ARCH_MIPSEL64N32", "SCMP_ARCH_PPC", "SCMP_ARCH_PPC64",
        "SCMP_ARCH_PPC64LE", "SCMP_ARCH_S390", "SCMP_ARCH_S390X", "SCMP_ARCH_X32", "SCMP_ARCH_X86", "SCMP_ARCH_X86_64",
    };

    /// <param name="ociVersionMax">The spec version we write (runc spec).</param>
    /// <param name="version">Our version, as --version prints it.</param>
    /// <param name="commit">The commit we were built from.</param>
    /// <param name="libseccompVersion">From <see cref="LibseccompVersion.Get"/>; null: seccomp is not available.</param>
    public static byte[] ToJson(string ociVersionMax, string version, string commit, string? libseccompVersion)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 4, IndentCharacter = ' ', Encoder = Spec.GoJsonEncoder.Instance }))
        {
            w.WriteStartObject();
            w.WriteString("ociVersionMin"u8, OciVersionMin);
            w.WriteString("ociVersionMax"u8, ociVersionMax);
            Strings(w, "hooks"u8, HookKinds.All);
            Strings(w, "mountOptions"u8, MountOptions.KnownNames());

            w.WriteStartObject("linux"u8);
            var namespaces = new List<string>();
            foreach (var ns in NamespaceTypes.All)
                namespaces.Add(ns.Type);
            namespaces.Sort(System.StringComparer.Ordinal);
            Strings(w, "namespaces"u8, namespaces);
            var caps = new List<string>();
            for (int i = 0; i <= CapabilityNames.LastCap && i < CapabilityNames.All.Length; i++)
                caps.Add(CapabilityNames.All[i]);
            Strings(w, "capabilities"u8, caps);

            w.WriteStartObject("cgroup"u8);
            w.WriteBoolean("v1"u8, CgroupV1);
            w.WriteBoolean("v2"u8, CgroupV2);
            w.WriteBoolean("systemd"u8, CgroupSystemd);
            w.WriteBoolean("systemdUser"u8, CgroupSystemdUser);
            w.WriteEndObject();

            w.WriteStartObject("seccomp"u8);
            w.WriteBoolean("enabled"u8, libseccompVersion is not null);
            if (libseccompVersion is not null)
            {
                Strings(w, "actions"u8, SeccompActions);
                Strings(w, "operators"u8, SeccompOperators);
                Strings(w, "archs"u8, SeccompArchs);
            }
            w.WriteEndObject();

            Enabled(w, "apparmor"u8, Apparmor);
            Enabled(w, "selinux"u8, Selinux);
            Enabled(w, "intelRdt"u8, IntelRdt);
            w.WriteEndObject();

            // A Go map: keys sorted.
            w.WriteStartObject("annotations"u8);
            if (libseccompVersion is not null)
                w.WriteString("io.github.seccomp.libseccomp.version"u8, libseccompVersion);
            w.WriteString("org.opencontainers.runc.commit"u8, commit);
            w.WriteString("org.opencontainers.runc.version"u8, version);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void Strings(Utf8JsonWriter w, System.ReadOnlySpan<byte> name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (string v in values)
            w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void Enabled(Utf8JsonWriter w, System.ReadOnlySpan<byte> name, bool enabled)
    {
        w.WriteStartObject(name);
        w.WriteBoolean("enabled"u8, enabled);
        w.WriteEndObject();
    }
}
