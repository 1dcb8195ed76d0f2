using System.Runtime.InteropServices;

namespace Classeur.Output;

/// <summary>
/// Exchanges two folders in one atomic step where the system can (Linux renameat2 RENAME_EXCHANGE,
/// macOS renamex_np RENAME_SWAP): the output folder is then never missing, not even for an instant.
/// Elsewhere, or on a file system that cannot, the caller falls back on two renames.
/// </summary>
internal static class DirectorySwap
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;
    private const uint RenameSwap = 2;

    /// <summary>Forces the two-rename way, for the tests of its recovery.</summary>
    internal static readonly AsyncLocal<bool> Disabled = new();

    public static bool TryExchange(string first, string second)
    {
        if (Disabled.Value) return false;
        try
        {
            if (OperatingSystem.IsLinux()) return RenameAt2(AtCurrentDirectory, first, AtCurrentDirectory, second, RenameExchange) == 0;
            if (OperatingSystem.IsMacOS()) return RenameXNp(first, second, RenameSwap) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // An old C library without the call: two renames then.
        }
        return false;
    }

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int RenameAt2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

    [DllImport("libc", EntryPoint = "renamex_np", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int RenameXNp([MarshalAs(UnmanagedType.LPUTF8Str)] string from, [MarshalAs(UnmanagedType.LPUTF8Str)] string to, uint flags);
}
