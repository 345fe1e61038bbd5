namespace Docket.Core.Ingest;

/// <summary>The files of a folder that ingest reads: recursive, hidden files and folders
/// (a leading dot, or the hidden attribute) skipped, in ordinal order of their paths so every
/// run reads them in the same order.</summary>
internal static class InputFolder
{
    public static IReadOnlyList<string> Files(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
            ReturnSpecialDirectories = false,
        };
        var root = Path.GetFullPath(folder);
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => !IsHidden(Path.GetRelativePath(root, Path.GetFullPath(f))))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsHidden(string relative) =>
        relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
