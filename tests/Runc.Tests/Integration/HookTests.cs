using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Runc.Tests.Support;
using Xunit;

namespace Runc.Tests.Integration;

/// <summary>
/// OCI hooks: each kind runs once, at its moment, where the spec puts it, with the state on
/// stdin; failures and timeouts have runc's effects and wording. Every hook records into the
/// test's own directory (mounted at /hookout in the container for startContainer).
/// </summary>
[Trait("Category", "Integration")]
public class HookTests
{
    private static readonly string[] RuntimeKinds = { "prestart", "createRuntime", "createContainer", "poststart", "poststop" };

    /// <summary>
    /// A bundle whose hooks of every kind record: the state JSON (KIND.json), how often they ran
    /// (a line per run in KIND.runs), their mount namespace (KIND.mnt) and, for poststart, what
    /// the container's pid is running (poststart.exe). <paramref name="failing"/> exits 3.
    /// </summary>
    private static TestBundle HookedBundle(string name, string? failing = null, string? slow = null)
    {
        var b = new TestBundle(name).Args("sleep", "30");
        string outDir = Path.Combine(b.Dir, "out");
        Directory.CreateDirectory(outDir);
        string script = Path.Combine(b.Dir, "hook.sh");
        File.WriteAllText(script,
            "#!/bin/sh\n" +
            "kind=$1; out=$2\n" +
            "cat > $out/$kind.json\n" +
            "echo run >> $out/$kind.runs\n" +
            "readlink /proc/self/ns/mnt > $out/$kind.mnt\n" +
            "pid=$(sed -n 's/.*\"pid\":\\([0-9]*\\).*/\\1/p' $out/$kind.json)\n" +
            "[ \"$kind\" = poststart ] && readlink /proc/$pid/exe > $out/$kind.exe\n" +
            "[ \"$kind\" = poststop ] && { [ -d \"$3\" ] && echo present || echo gone; } > $out/$kind.statedir\n" +
            "[ \"$kind\" = \"$FAIL\" ] && { echo out-of-$kind; echo err-of-$kind >&2; exit 3; }\n" +
            "[ \"$kind\" = \"$SLOW\" ] && exec sleep 30\n" +
            "exit 0\n");
        File.SetUnixFileMode(script, (UnixFileMode)0b111_101_101);
        var env = new JsonArray("PATH=/usr/sbin:/usr/bin:/sbin:/bin", $"FAIL={failing}", $"SLOW={slow}", $"HOOKMARK={b.Id}");
        var hooks = new JsonObject();
        foreach (string kind in RuntimeKinds)
        {
            var hook = new JsonObject
            {
                ["path"] = script,
                ["args"] = new JsonArray("hook.sh", kind, outDir, Path.Combine(b.Root, b.Id)),
                ["env"] = env.DeepClone(),
            };
            if (kind == slow)
                hook["timeout"] = 1;
            hooks[kind] = new JsonArray(hook);
        }
        // startContainer runs in the container: its own root, busybox's shell.
        string fail = failing == "startContainer" ? "exit 3" : "exit 0";
        hooks["startContainer"] = new JsonArray(new JsonObject
        {
            ["path"] = "/bin/sh",
            ["args"] = new JsonArray("sh", "-c",
                "cat > /hookout/startContainer.json; echo run >> /hookout/startContainer.runs; " +
                "readlink /proc/self/ns/mnt > /hookout/startContainer.mnt; " +
                "{ [ -e /hookout/user.ran ] && echo after || echo before; } > /hookout/startContainer.order; " + fail),
        });
        b.Config["hooks"] = hooks;
        ((JsonArray)b.Config["mounts"]!).Add(new JsonObject
        {
            ["destination"] = "/hookout",
            ["type"] = "bind",
            ["source"] = outDir,
            ["options"] = new JsonArray("rbind", "rw"),
        });
        return b;
    }

    /// <summary>Exited: no such process, or a zombie waiting for whoever inherited it.</summary>
    private static bool Gone(int pid)
    {
        try
        {
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static string Out(TestBundle b, string file) => Path.Combine(b.Dir, "out", file);

    private static int Runs(TestBundle b, string kind) =>
        File.Exists(Out(b, kind + ".runs")) ? File.ReadAllLines(Out(b, kind + ".runs")).Length : 0;

    private static JsonObject HookState(TestBundle b, string kind) =>
        JsonNode.Parse(File.ReadAllText(Out(b, kind + ".json")))!.AsObject();

    private static string Mnt(TestBundle b, string kind) => File.ReadAllText(Out(b, kind + ".mnt")).Trim();

    private static string HostMnt() => new FileInfo("/proc/self/ns/mnt").LinkTarget!;

    private static void AssertState(JsonObject s, TestBundle b, string status, int? pid)
    {
        Assert.Equal("1.0.2-dev", (string?)s["ociVersion"]);
        Assert.Equal(b.Id, (string?)s["id"]);
        Assert.Equal(status, (string?)s["status"]);
        Assert.Equal(b.Dir, (string?)s["bundle"]);
        if (pid is null)
            Assert.Null(s["pid"]);
        else
            Assert.Equal(pid, (int?)s["pid"]);
        Assert.Equal("yes", (string?)s["annotations"]?["hooked"]);
    }

    [RequiresRootFact]
    public void EveryKindRunsOnceAtItsMomentWithTheStateOnStdin()
    {
        using var b = HookedBundle("hooks");
        b.Shell("touch /hookout/user.ran; exec sleep 30");
        b.Config["annotations"] = new JsonObject { ["hooked"] = "yes" };

        var create = b.Runc("create", b.Id);
        Assert.True(create.ExitCode == 0, create.ToString());
        int pid = (int)JsonNode.Parse(b.Runc("state", b.Id).Stdout)!["pid"]!;
        string containerMnt = new FileInfo($"/proc/{pid}/ns/mnt").LinkTarget!;
        Assert.NotEqual(HostMnt(), containerMnt);

        // create: prestart and createRuntime in the runtime's namespace, createContainer in the container's
        foreach (string kind in new[] { "prestart", "createRuntime", "createContainer" })
            Assert.Equal(1, Runs(b, kind));
        foreach (string kind in new[] { "startContainer", "poststart", "poststop" })
            Assert.Equal(0, Runs(b, kind));
        AssertState(HookState(b, "prestart"), b, "creating", pid);
        AssertState(HookState(b, "createRuntime"), b, "creating", pid);
        AssertState(HookState(b, "createContainer"), b, "creating", 1); // the pid as the container sees it
        Assert.Equal(HostMnt(), Mnt(b, "prestart"));
        Assert.Equal(HostMnt(), Mnt(b, "createRuntime"));
        Assert.Equal(containerMnt, Mnt(b, "createContainer"));

        // start: startContainer in the container before the user process, poststart after it
        var start = b.Runc("start", b.Id);
        Assert.True(start.ExitCode == 0, start.ToString());
        Assert.Equal("", start.Stderr);
        Assert.Equal(1, Runs(b, "startContainer"));
        Assert.Equal(1, Runs(b, "poststart"));
        AssertState(HookState(b, "startContainer"), b, "created", 1);
        Assert.Equal(containerMnt, Mnt(b, "startContainer"));
        Assert.Equal("before", File.ReadAllText(Out(b, "startContainer.order")).Trim());
        AssertState(HookState(b, "poststart"), b, "running", pid);
        Assert.Equal(HostMnt(), Mnt(b, "poststart"));
        Assert.EndsWith("/bin/busybox", File.ReadAllText(Out(b, "poststart.exe")).Trim()); // sleep already runs

        Assert.Equal(0, Runs(b, "poststop"));
        var del = b.Runc("delete", "-f", b.Id);
        Assert.True(del.ExitCode == 0, del.ToString());
        Assert.Equal(1, Runs(b, "poststop"));
        AssertState(HookState(b, "poststop"), b, "stopped", null);
        Assert.Equal("gone", File.ReadAllText(Out(b, "poststop.statedir")).Trim());
        foreach (string kind in RuntimeKinds.Append("startContainer"))
            Assert.Equal(1, Runs(b, kind));
    }

    [RequiresRootFact]
    public void WithoutHooksStartAndDeleteDoNotReadTheConfig()
    {
        using var b = new TestBundle("nohooks").Args("sleep", "30");
        Assert.Equal(0, b.Runc("create", b.Id).ExitCode);
        string saved = Path.Combine(b.Root, b.Id, "config.json");
        Assert.True(File.Exists(saved));
        File.WriteAllText(saved, "not json"); // state.json says there are no hooks: nothing parses this
        var start = b.Runc("start", b.Id);
        Assert.True(start.ExitCode == 0, start.ToString());
        var del = b.Runc("delete", "-f", b.Id);
        Assert.True(del.ExitCode == 0, del.ToString());
        Assert.Equal("", del.Stderr);
    }

    [RequiresRootFact]
    public void RunInTheForegroundRunsEveryKindOnce()
    {
        using var b = HookedBundle("hookrun");
        b.Args("true");
        var r = b.Run();
        Assert.True(r.ExitCode == 0, r.ToString());
        foreach (string kind in RuntimeKinds.Append("startContainer"))
            Assert.True(Runs(b, kind) == 1, kind);
        Assert.False(Directory.Exists(Path.Combine(b.Root, b.Id)));
    }

    [RequiresRootTheory]
    [InlineData("prestart")]
    [InlineData("createRuntime")]
    [InlineData("createContainer")]
    public void FailingCreateHookFailsCreateDestroysAndRunsPoststop(string kind)
    {
        using var b = HookedBundle("hookfail", failing: kind);
        var r = b.Runc("create", b.Id);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(
            $"runc create failed: unable to start container process: error during container init: error running hook #0: error running hook: exit status 3, stdout: out-of-{kind}\\n, stderr: err-of-{kind}\\n",
            r.Stderr);
        Assert.False(Directory.Exists(Path.Combine(b.Root, b.Id)));
        Assert.Equal(1, Runs(b, kind));
        Assert.Equal(0, Runs(b, "startContainer"));
        Assert.Equal(1, Runs(b, "poststop"));
        Assert.Equal("", b.Runc("list", "-q").Stdout);
    }

    [RequiresRootFact]
    public void FailingStartContainerHookFailsStartAndDestroys()
    {
        using var b = HookedBundle("hookfailsc", failing: "startContainer");
        b.Shell("echo ran > /hookout/user.ran; exec sleep 30");
        Assert.Equal(0, b.Runc("create", b.Id).ExitCode);
        int pid = (int)JsonNode.Parse(b.Runc("state", b.Id).Stdout)!["pid"]!;
        var r = b.Runc("start", b.Id);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("error running hook #0: error running hook: exit status 3, stdout: , stderr: ", r.Stderr);
        Assert.False(Directory.Exists(Path.Combine(b.Root, b.Id)));
        Assert.False(File.Exists(Out(b, "user.ran")), "the user process must not have run");
        Assert.True(Gone(pid), "the init must be gone");
        Assert.Equal(0, Runs(b, "poststart"));
        Assert.Equal(1, Runs(b, "poststop"));
    }

    [RequiresRootFact]
    public void FailingPoststartHookWarnsAndTheContainerRuns()
    {
        using var b = HookedBundle("hookfailps", failing: "poststart");
        Assert.Equal(0, b.Runc("create", b.Id).ExitCode);
        var r = b.Runc("start", b.Id);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("level=warning", r.Stderr);
        Assert.Contains("error running hook #0: error running hook: exit status 3, stdout: out-of-poststart\\n, stderr: err-of-poststart\\n", r.Stderr);
        Assert.Equal("running", (string?)JsonNode.Parse(b.Runc("state", b.Id).Stdout)!["status"]);
    }

    [RequiresRootFact]
    public void FailingPoststopHookIsLoggedAndDeleteSucceeds()
    {
        using var b = HookedBundle("hookfailpst", failing: "poststop");
        Assert.Equal(0, b.Runc("create", b.Id).ExitCode);
        var r = b.Runc("delete", "-f", b.Id);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("error running hook #0: error running hook: exit status 3", r.Stderr);
        Assert.False(Directory.Exists(Path.Combine(b.Root, b.Id)));
        Assert.Equal(1, Runs(b, "poststop"));
    }

    [RequiresRootFact]
    public void HookPastItsTimeoutIsKilledAndFailsCreate()
    {
        using var b = HookedBundle("hooktimeout", slow: "createRuntime");
        var watch = Stopwatch.StartNew();
        var r = b.Runc("create", b.Id);
        watch.Stop();
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("error during container init: error running hook #0: hook ran past specified timeout of 1.0s", r.Stderr);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.False(Directory.Exists(Path.Combine(b.Root, b.Id)));
        // the hook's sleep was killed, not left behind
        foreach (string dir in Directory.EnumerateDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _)))
        {
            try
            {
                Assert.DoesNotContain("HOOKMARK=" + b.Id, File.ReadAllText(Path.Combine(dir, "environ")));
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    [RequiresRootFact]
    public void MissingHookBinaryFailsWithGosWording()
    {
        using var b = new TestBundle("hookmissing").Args("true");
        b.Config["hooks"] = new JsonObject
        {
            ["createRuntime"] = new JsonArray(new JsonObject { ["path"] = "/does/not/exist" }),
        };
        var r = b.Runc("create", b.Id);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("error running hook #0: fork/exec /does/not/exist: no such file or directory", r.Stderr);
        Assert.False(Directory.Exists(Path.Combine(b.Root, b.Id)));
    }
}
