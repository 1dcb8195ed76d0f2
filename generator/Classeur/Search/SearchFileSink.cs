namespace Classeur.Search;

/// <summary>
/// Receives a search file as soon as it is serialised. The bytes are in a buffer the thread reuses for its next
/// file: a sink writes them at once or copies them (a x100 index is 88 MB of files, an array each was garbage).
/// </summary>
public delegate void SearchFileSink(string path, ReadOnlySpan<byte> bytes);
