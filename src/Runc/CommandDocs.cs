using System;

namespace Runc;

/// <summary>
/// runc 1.1's help texts for every runc command, in one place (taken from `runc COMMAND --help`):
/// the one-line usage, the argument usage and the long description, and each option's text. The
/// help printer (<see cref="HelpPrinter"/>) uses them for any command in the tree, so a command
/// added later gets runc's help by being added with runc's name and options.
/// </summary>
internal static class CommandDocs
{
    /// <summary>runc's one-line usage, which its help prints as the root's NAME: a paragraph, in fact.</summary>
    public const string RootUsage = "Open Container Initiative runtime\n\nrunc is a command line client for running applications packaged according to\nthe Open Container Initiative (OCI) format and is a compliant implementation of the\nOpen Container Initiative specification.\n\nrunc integrates well with existing process supervisors to provide a production\ncontainer runtime environment for applications. It can be used with your\nexisting process monitoring tools and the container will be spawned as a\ndirect child of the process supervisor.\n\nContainers are configured using bundles. A bundle for a container is a directory\nthat includes a specification file named \"config.json\" and a root filesystem.\nThe root filesystem contains the contents of the container.\n\nTo start a new instance of a container:\n\n    # runc run [ -b bundle ] <container-id>\n\nWhere \"<container-id>\" is your name for the instance of the container that you\nare starting. The name you provide for the container instance must be unique on\nyour host. Providing the bundle directory using \"-b\" is optional. The default\nvalue for \"bundle\" is the current directory.";

    /// <summary>The order in which runc's help lists its commands.</summary>
    public static readonly string[] Order =
    {
        "checkpoint", "create", "delete", "events", "exec", "kill", "list", "pause", "ps", "restore", "resume", "run", "spec", "start", "state", "update", "features",
    };

    /// <summary>(one-line usage, argument usage or null for "[arguments...]", description or null).</summary>
    public static (string Usage, string? ArgsUsage, string? Description)? For(string command) => command switch
    {
        "checkpoint" => ("checkpoint a running container", "<container-id>\n\nWhere \"<container-id>\" is the name for the instance of the container to be\ncheckpointed.", "The checkpoint command saves the state of the container instance."),
        "create" => ("create a container", "<container-id>\n\nWhere \"<container-id>\" is your name for the instance of the container that you\nare starting. The name you provide for the container instance must be unique on\nyour host.", "The create command creates an instance of a container for a bundle. The bundle\nis a directory with a specification file named \"config.json\" and a root\nfilesystem.\n\nThe specification file includes an args parameter. The args parameter is used\nto specify command(s) that get run when the container is started. To change the\ncommand(s) that get executed on start, edit the args parameter of the spec. See\n\"runc spec --help\" for more explanation."),
        "delete" => ("delete any resources held by the container often used with detached container", "<container-id>\n\nWhere \"<container-id>\" is the name for the instance of the container.\n\nEXAMPLE:\nFor example, if the container id is \"ubuntu01\" and runc list currently shows the\nstatus of \"ubuntu01\" as \"stopped\" the following will delete resources held for\n\"ubuntu01\" removing \"ubuntu01\" from the runc list of containers:\n\n       # runc delete ubuntu01", null),
        "events" => ("display container events such as OOM notifications, cpu, memory, and IO usage statistics", "<container-id>\n\nWhere \"<container-id>\" is the name for the instance of the container.", "The events command displays information about the container. By default the\ninformation is displayed once every 5 seconds."),
        "exec" => ("execute new process inside the container", "<container-id> <command> [command options]  || -p process.json <container-id>\n\nWhere \"<container-id>\" is the name for the instance of the container and\n\"<command>\" is the command to be executed in the container.\n\"<command>\" can't be empty unless a \"-p\" flag provided.\n\nEXAMPLE:\nFor example, if the container is configured to run the linux ps command the\nfollowing will output a list of processes running in the container:\n\n       # runc exec <container-id> ps", null),
        "kill" => ("kill sends the specified signal (default: SIGTERM) to the container's init process", "<container-id> [signal]\n\nWhere \"<container-id>\" is the name for the instance of the container and\n\"[signal]\" is the signal to be sent to the init process.\n\nEXAMPLE:\nFor example, if the container id is \"ubuntu01\" the following will send a \"KILL\"\nsignal to the init process of the \"ubuntu01\" container:\n\n       # runc kill ubuntu01 KILL", null),
        "list" => ("lists containers started by runc with the given root", "\n\nWhere the given root is specified via the global option \"--root\"\n(default: \"/run/runc\").\n\nEXAMPLE 1:\nTo list containers created via the default \"--root\":\n       # runc list\n\nEXAMPLE 2:\nTo list containers created using a non-default value for \"--root\":\n       # runc --root value list", null),
        "pause" => ("pause suspends all processes inside the container", "<container-id>\n\nWhere \"<container-id>\" is the name for the instance of the container to be\npaused. ", "The pause command suspends all processes in the instance of the container.\n\nUse runc list to identify instances of containers and their current status."),
        "ps" => ("ps displays the processes running inside a container", "<container-id> [ps options]", null),
        "restore" => ("restore a container from a previous checkpoint", "<container-id>\n\nWhere \"<container-id>\" is the name for the instance of the container to be\nrestored.", "Restores the saved state of the container instance that was previously saved\nusing the runc checkpoint command."),
        "resume" => ("resumes all processes that have been previously paused", "<container-id>\n\nWhere \"<container-id>\" is the name for the instance of the container to be\nresumed.", "The resume command resumes all processes in the instance of the container.\n\nUse runc list to identify instances of containers and their current status."),
        "run" => ("create and run a container", "<container-id>\n\nWhere \"<container-id>\" is your name for the instance of the container that you\nare starting. The name you provide for the container instance must be unique on\nyour host.", "The run command creates an instance of a container for a bundle. The bundle\nis a directory with a specification file named \"config.json\" and a root\nfilesystem.\n\nThe specification file includes an args parameter. The args parameter is used\nto specify command(s) that get run when the container is started. To change the\ncommand(s) that get executed on start, edit the args parameter of the spec. See\n\"runc spec --help\" for more explanation."),
        "spec" => ("create a new specification file", null, "The spec command creates the new specification file named \"config.json\" for\nthe bundle.\n\nThe spec generated is just a starter file. Editing of the spec is required to\nachieve desired results. For example, the newly generated spec includes an args\nparameter that is initially set to call the \"sh\" command when the container is\nstarted. Calling \"sh\" may work for an ubuntu container or busybox, but will not\nwork for containers that do not include the \"sh\" program.\n\nEXAMPLE:\n  To run docker's hello-world container one needs to set the args parameter\nin the spec to call hello. This can be done using the sed command or a text\neditor. The following commands create a bundle for hello-world, change the\ndefault args parameter in the spec from \"sh\" to \"/hello\", then run the hello\ncommand in a new hello-world container named container1:\n\n    mkdir hello\n    cd hello\n    docker pull hello-world\n    docker export $(docker create hello-world) > hello-world.tar\n    mkdir rootfs\n    tar -C rootfs -xf hello-world.tar\n    runc spec\n    sed -i 's;\"sh\";\"/hello\";' config.json\n    runc run container1\n\nIn the run command above, \"container1\" is the name for the instance of the\ncontainer that you are starting. The name you provide for the container instance\nmust be unique on your host.\n\nAn alternative for generating a customized spec config is to use \"oci-runtime-tool\", the\nsub-command \"oci-runtime-tool generate\" has lots of options that can be used to do any\ncustomizations as you want, see runtime-tools (https://github.com/opencontainers/runtime-tools)\nto get more information.\n\nWhen starting a container through runc, runc needs root privilege. If not\nalready running as root, you can use sudo to give runc root privilege. For\nexample: \"sudo runc start container1\" will give runc root privilege to start the\ncontainer on your host.\n\nAlternatively, you can start a rootless container, which has the ability to run\nwithout root privileges. For this to work, the specification file needs to be\nadjusted accordingly. You can pass the parameter --rootless to this command to\ngenerate a proper rootless spec file.\n\nNote that --rootless is not needed when you execute runc as the root in a user namespace\ncreated by an unprivileged user.\n"),
        "start" => ("executes the user defined process in a created container", "<container-id>\n\nWhere \"<container-id>\" is your name for the instance of the container that you\nare starting. The name you provide for the container instance must be unique on\nyour host.", "The start command executes the user defined process in a created container."),
        "state" => ("output the state of a container", "<container-id>\n\nWhere \"<container-id>\" is your name for the instance of the container.", "The state command outputs current state information for the\ninstance of a container."),
        "update" => ("update container resource constraints", "<container-id>", null),
        "features" => ("show the enabled features", null, "Show the enabled features.\n   The result is parsable as a JSON.\n   See https://pkg.go.dev/github.com/opencontainers/runc/types/features for the type definition.\n   The types are experimental and subject to change.\n"),
        _ => null,
    };

    /// <summary>runc's text for an option of a command (with its "(default: …)" as runc prints it), or null.</summary>
    public static string? OptionText(string command, string option)
    {
        foreach (var (name, text) in Options(command))
        {
            if (name == option)
                return text;
        }
        return null;
    }

    /// <summary>Where runc lists an option among its command's (int.MaxValue if it does not).</summary>
    public static int OptionIndex(string command, string option)
    {
        var options = Options(command);
        for (int i = 0; i < options.Length; i++)
        {
            if (options[i].Name == option)
                return i;
        }
        return int.MaxValue;
    }

    /// <summary>A command's options as runc lists them ("runc": the global ones): name and text.</summary>
    private static (string Name, string Text)[] Options(string command) => command switch
    {
        "runc" => new[]
        {
            ("--debug", "enable debug logging"),
            ("--log", "set the log file to write runc logs to (default is '/dev/stderr')"),
            ("--log-format", "set the log format ('text' (default), or 'json') (default: \"text\")"),
            ("--root", "root directory for storage of container state (this should be located in tmpfs) (default: \"/run/runc\")"),
            ("--criu", "path to the criu binary used for checkpoint and restore (default: \"criu\")"),
            ("--systemd-cgroup", "enable systemd cgroup support, expects cgroupsPath to be of form \"slice:prefix:name\" for e.g. \"system.slice:runc:434234\""),
            ("--rootless", "ignore cgroup permission errors ('true', 'false', or 'auto') (default: \"auto\")"),
            ("--help", "show help"),
            ("--version", "print the version"),
        },
        "checkpoint" => new[]
        {
            ("--image-path", "path for saving criu image files"),
            ("--work-path", "path for saving work files and logs"),
            ("--parent-path", "path for previous criu image files in pre-dump"),
            ("--leave-running", "leave the process running after checkpointing"),
            ("--tcp-established", "allow open tcp connections"),
            ("--ext-unix-sk", "allow external unix sockets"),
            ("--shell-job", "allow shell jobs"),
            ("--lazy-pages", "use userfaultfd to lazily restore memory pages"),
            ("--status-fd", "criu writes \\0 to this FD once lazy-pages is ready (default: -1)"),
            ("--page-server", "ADDRESS:PORT of the page server"),
            ("--file-locks", "handle file locks, for safety"),
            ("--pre-dump", "dump container's memory information only, leave the container running after this"),
            ("--manage-cgroups-mode", "cgroups mode: 'soft' (default), 'full' and 'strict'"),
            ("--empty-ns", "create a namespace, but don't restore its properties"),
            ("--auto-dedup", "enable auto deduplication of memory images"),
        },
        "create" => new[]
        {
            ("--bundle", "path to the root of the bundle directory, defaults to the current directory"),
            ("--console-socket", "path to an AF_UNIX socket which will receive a file descriptor referencing the master end of the console's pseudoterminal"),
            ("--pid-file", "specify the file to write the process id to"),
            ("--no-pivot", "do not use pivot root to jail process inside rootfs.  This should be used whenever the rootfs is on top of a ramdisk"),
            ("--no-new-keyring", "do not create a new session keyring for the container.  This will cause the container to inherit the calling processes session key"),
            ("--preserve-fds", "Pass N additional file descriptors to the container (stdio + $LISTEN_FDS + N in total) (default: 0)"),
        },
        "delete" => new[]
        {
            ("--force", "Forcibly deletes the container if it is still running (uses SIGKILL)"),
        },
        "events" => new[]
        {
            ("--interval", "set the stats collection interval (default: 5s)"),
            ("--stats", "display the container's stats then exit"),
        },
        "exec" => new[]
        {
            ("--console-socket", "path to an AF_UNIX socket which will receive a file descriptor referencing the master end of the console's pseudoterminal"),
            ("--cwd", "current working directory in the container"),
            ("--env", "set environment variables"),
            ("--tty", "allocate a pseudo-TTY"),
            ("--user", "UID (format: <uid>[:<gid>])"),
            ("--additional-gids", "additional gids"),
            ("--process", "path to the process.json"),
            ("--detach", "detach from the container's process"),
            ("--pid-file", "specify the file to write the process id to"),
            ("--process-label", "set the asm process label for the process commonly used with selinux"),
            ("--apparmor", "set the apparmor profile for the process"),
            ("--no-new-privs", "set the no new privileges value for the process"),
            ("--cap", "add a capability to the bounding set for the process"),
            ("--preserve-fds", "Pass N additional file descriptors to the container (stdio + $LISTEN_FDS + N in total) (default: 0)"),
            ("--cgroup", "run the process in an (existing) sub-cgroup(s). Format is [<controller>:]<cgroup>."),
            ("--ignore-paused", "allow exec in a paused container"),
        },
        "kill" => new[]
        {
            ("--all", "send the specified signal to all processes inside the container"),
        },
        "list" => new[]
        {
            ("--format", "select one of: table or json (default: \"table\")"),
            ("--quiet", "display only container IDs"),
        },
        "ps" => new[]
        {
            ("--format", "select one of: table or json (default: \"table\")"),
        },
        "restore" => new[]
        {
            ("--console-socket", "path to an AF_UNIX socket which will receive a file descriptor referencing the master end of the console's pseudoterminal"),
            ("--image-path", "path to criu image files for restoring"),
            ("--work-path", "path for saving work files and logs"),
            ("--tcp-established", "allow open tcp connections"),
            ("--ext-unix-sk", "allow external unix sockets"),
            ("--shell-job", "allow shell jobs"),
            ("--file-locks", "handle file locks, for safety"),
            ("--manage-cgroups-mode", "cgroups mode: 'soft' (default), 'full' and 'strict'"),
            ("--bundle", "path to the root of the bundle directory"),
            ("--detach", "detach from the container's process"),
            ("--pid-file", "specify the file to write the process id to"),
            ("--no-subreaper", "disable the use of the subreaper used to reap reparented processes"),
            ("--no-pivot", "do not use pivot root to jail process inside rootfs.  This should be used whenever the rootfs is on top of a ramdisk"),
            ("--empty-ns", "create a namespace, but don't restore its properties"),
            ("--auto-dedup", "enable auto deduplication of memory images"),
            ("--lazy-pages", "use userfaultfd to lazily restore memory pages"),
            ("--lsm-profile", "Specify an LSM profile to be used during restore in the form of TYPE:NAME."),
            ("--lsm-mount-context", "Specify an LSM mount context to be used during restore."),
        },
        "run" => new[]
        {
            ("--bundle", "path to the root of the bundle directory, defaults to the current directory"),
            ("--console-socket", "path to an AF_UNIX socket which will receive a file descriptor referencing the master end of the console's pseudoterminal"),
            ("--detach", "detach from the container's process"),
            ("--keep", "do not delete the container after it exits"),
            ("--pid-file", "specify the file to write the process id to"),
            ("--no-subreaper", "disable the use of the subreaper used to reap reparented processes"),
            ("--no-pivot", "do not use pivot root to jail process inside rootfs.  This should be used whenever the rootfs is on top of a ramdisk"),
            ("--no-new-keyring", "do not create a new session keyring for the container.  This will cause the container to inherit the calling processes session key"),
            ("--preserve-fds", "Pass N additional file descriptors to the container (stdio + $LISTEN_FDS + N in total) (default: 0)"),
        },
        "spec" => new[]
        {
            ("--bundle", "path to the root of the bundle directory"),
            ("--rootless", "generate a configuration for a rootless container"),
        },
        "update" => new[]
        {
            ("--resources", "path to the file containing the resources to update or '-' to read from the standard input\n\nThe accepted format is as follow (unchanged values can be omitted):\n\n{\n  \"memory\": {\n    \"limit\": 0,\n    \"reservation\": 0,\n    \"swap\": 0\n  },\n  \"cpu\": {\n    \"shares\": 0,\n    \"quota\": 0,\n    \"period\": 0,\n    \"realtimeRuntime\": 0,\n    \"realtimePeriod\": 0,\n    \"cpus\": \"\",\n    \"mems\": \"\"\n  },\n  \"blockIO\": {\n    \"weight\": 0\n  }\n}\n\nNote: if data is to be read from a file or the standard input, all\nother options are ignored."),
            ("--blkio-weight", "Specifies per cgroup weight, range is from 10 to 1000 (default: 0)"),
            ("--cpu-period", "CPU CFS period to be used for hardcapping (in usecs). 0 to use system default"),
            ("--cpu-quota", "CPU CFS hardcap limit (in usecs). Allowed cpu time in a given period"),
            ("--cpu-share", "CPU shares (relative weight vs. other containers)"),
            ("--cpu-rt-period", "CPU realtime period to be used for hardcapping (in usecs). 0 to use system default"),
            ("--cpu-rt-runtime", "CPU realtime hardcap limit (in usecs). Allowed cpu time in a given period"),
            ("--cpuset-cpus", "CPU(s) to use"),
            ("--cpuset-mems", "Memory node(s) to use"),
            ("--memory", "Memory limit (in bytes)"),
            ("--memory-reservation", "Memory reservation or soft_limit (in bytes)"),
            ("--memory-swap", "Total memory usage (memory + swap); set '-1' to enable unlimited swap"),
            ("--pids-limit", "Maximum number of pids allowed in the container (default: 0)"),
            ("--l3-cache-schema", "The string of Intel RDT/CAT L3 cache schema"),
            ("--mem-bw-schema", "The string of Intel RDT/MBA memory bandwidth schema"),
        },
        _ => Array.Empty<(string, string)>(),
    };
}
