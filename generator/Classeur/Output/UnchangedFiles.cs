using System.Runtime.InteropServices;

namespace Classeur.Output;

/// <summary>
/// A rebuild changes few files. Instead of writing each one again, a file whose bytes are those of the
/// site being replaced is hard-linked from it into the new site (Linux and macOS): no new inode, no data
/// written, and the file keeps its date, which web servers and rsync then see as unchanged. The old
/// site is never written to, so sharing the file with it is safe; where a link cannot be made the file
/// is written as usual.
/// </summary>
internal static class UnchangedFiles
{
    /// <summary>True when <paramref name="target"/> now holds <paramref name="bytes"/> as a link to <paramref name="previous"/>.</summary>
    public static bool TryLink(string previous, string target, ReadOnlySpan<byte> bytes)
    {
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            var info = new FileInfo(previous);
            if (!info.Exists || info.Length != bytes.Length || info.LinkTarget is not null) return false;
            if (!SameBytes(previous, bytes)) return false;
            return Link(previous, target) == 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Compared piece by piece through one pooled buffer: the old file is never loaded whole.</summary>
    private static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            var offset = 0;
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (offset + read > bytes.Length || !bytes.Slice(offset, read).SequenceEqual(buffer.AsSpan(0, read))) return false;
                offset += read;
            }
            return offset == bytes.Length;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string created);
}
