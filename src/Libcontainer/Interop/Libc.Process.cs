using System.Runtime.InteropServices;

namespace Runc.Libcontainer.Interop;

/// <summary>glibc bindings: process identity, namespaces, limits, signals and waiting.</summary>
public static unsafe partial class Libc
{
    public const int CLONE_NEWTIME = 0x00000080;
    public const int CLONE_NEWNS = 0x00020000;
    public const int CLONE_NEWCGROUP = 0x02000000;
    public const int CLONE_NEWUTS = 0x04000000;
    public const int CLONE_NEWIPC = 0x08000000;
    public const int CLONE_NEWUSER = 0x10000000;
    public const int CLONE_NEWPID = 0x20000000;
    public const int CLONE_NEWNET = 0x40000000;

    public const int WNOHANG = 1;
    public const int __WALL = 0x40000000;

    public const int SIGHUP = 1;
    public const int SIGINT = 2;
    public const int SIGQUIT = 3;
    public const int SIGKILL = 9;
    public const int SIGUSR1 = 10;
    public const int SIGPIPE = 13;
    public const int SIGTERM = 15;
    public const int SIGCHLD = 17;
    public const int SIGCONT = 18;
    public const int SIGSTOP = 19;
    public const int SIGTSTP = 20;
    public const int SIGURG = 23;
    public const int SIGWINCH = 28;

    public const int PR_SET_PDEATHSIG = 1;
    public const int PR_GET_DUMPABLE = 3;
    public const int PR_SET_DUMPABLE = 4;
    public const int PR_SET_KEEPCAPS = 8;
    public const int PR_SET_NAME = 15;
    public const int PR_CAPBSET_READ = 23;
    public const int PR_CAPBSET_DROP = 24;
    public const int PR_SET_CHILD_SUBREAPER = 36;
    public const int PR_SET_NO_NEW_PRIVS = 38;
    public const int PR_GET_NO_NEW_PRIVS = 39;
    public const int PR_CAP_AMBIENT = 47;
    public const int PR_CAP_AMBIENT_RAISE = 2;
    public const int PR_CAP_AMBIENT_CLEAR_ALL = 4;

    [LibraryImport(Libraries.Libc)]
    public static partial int getpid();

    [LibraryImport(Libraries.Libc)]
    public static partial uint getuid();

    [LibraryImport(Libraries.Libc)]
    public static partial uint geteuid();

    [LibraryImport(Libraries.Libc)]
    public static partial uint getgid();

    [LibraryImport(Libraries.Libc)]
    public static partial uint umask(uint mask);

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    public static partial int setresuid(uint ruid, uint euid, uint suid);

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    public static partial int setresgid(uint rgid, uint egid, uint sgid);

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    public static partial int setgroups(nuint size, uint* list);

    [LibraryImport(Libraries.Libc, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int chdir(string path);

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    public static partial int fchdir(int fd);

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    public static partial byte* getcwd(byte* buf, nuint size);

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    public static partial int sethostname(byte* name, nuint len);

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    public static partial int setdomainname(byte* name, nuint len);

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    public static partial int setns(int fd, int nstype);

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    public static partial int unshare(int flags);

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    public static partial int prlimit(int pid, int resource, RLimit* newLimit, RLimit* oldLimit);

    [LibraryImport(Libraries.Native, EntryPoint = "runc_prctl", SetLastError = true)]
    public static partial int prctl(int option, nuint arg2, nuint arg3, nuint arg4, nuint arg5);

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    public static partial int kill(int pid, int sig);

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    public static partial int waitpid(int pid, int* status, int options);

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    public static partial int pidfd_open(int pid, uint flags);

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    public static partial int pidfd_send_signal(int pidfd, int sig, void* info, uint flags);

    [LibraryImport(Libraries.Libc, SetLastError = true)]
    public static partial int poll(PollFd* fds, nuint nfds, int timeout);

    [LibraryImport(Libraries.Libc)]
    public static partial int isatty(int fd);
}
