using System;
using System.IO;

namespace Runc.Tests.Spec;

/// <summary>The committed golden files and fixtures, copied next to the test assembly.</summary>
internal static class SpecFiles
{
    public static string Golden(string name) => Path.Combine(AppContext.BaseDirectory, "Spec", "Golden", name);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Spec", "Fixtures", name);

    public static byte[] ReadGolden(string name) => File.ReadAllBytes(Golden(name));

    public static byte[] ReadFixture(string name) => File.ReadAllBytes(Fixture(name));
}
