using System.Collections.Generic;
using SpecHooks = Runc.Libcontainer.Spec.Hooks;

namespace Runc.Libcontainer.Hooks;

/// <summary>The OCI hook lists by name, in the order of the lifecycle, and which of them a config has.</summary>
public static class HookKinds
{
    public const string Prestart = "prestart";
    public const string CreateRuntime = "createRuntime";
    public const string CreateContainer = "createContainer";
    public const string StartContainer = "startContainer";
    public const string Poststart = "poststart";
    public const string Poststop = "poststop";

    /// <summary>Every kind runc# runs (what `runc features` lists).</summary>
    public static readonly string[] All = { Prestart, CreateRuntime, CreateContainer, StartContainer, Poststart, Poststop };

    /// <summary>The names of the non-empty lists (empty when there are none).</summary>
    public static List<string> Present(SpecHooks? hooks)
    {
        var kinds = new List<string>();
        if (hooks is null)
            return kinds;
        Add(kinds, Prestart, hooks.Prestart);
        Add(kinds, CreateRuntime, hooks.CreateRuntime);
        Add(kinds, CreateContainer, hooks.CreateContainer);
        Add(kinds, StartContainer, hooks.StartContainer);
        Add(kinds, Poststart, hooks.Poststart);
        Add(kinds, Poststop, hooks.Poststop);
        return kinds;
    }

    private static void Add<T>(List<string> kinds, string name, List<T>? list)
    {
        if (list is { Count: > 0 })
            kinds.Add(name);
    }
}
