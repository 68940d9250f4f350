namespace Runc;

/// <summary>The entry point that the C stage (src/Native/main.c) calls once the runtime is up.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        return 0;
    }
}
