using System.Text.Json;

namespace Classeur.Search;

/// <summary>
/// Numbers as the index writes them, in a JSON array: written to a writer, or only measured (no writer),
/// by the same code, so that a shard's planned size is the size it is written at.
/// </summary>
internal struct JsonNumbers(Utf8JsonWriter? writer)
{
    private int _count;
    private long _digits;

    /// <summary>The array's bytes: brackets, numbers and the commas between them.</summary>
    public readonly long Length => 2 + _digits + Math.Max(0, _count - 1);

    public void Add(int number)
    {
        writer?.WriteNumberValue(number);
        _count++;
        _digits += Digits(number);
    }

    private static int Digits(int number)
    {
        if (number < 0) return 1 + Digits(-(long)number);
        return Digits((long)number);
    }

    private static int Digits(long number)
    {
        var digits = 1;
        for (; number >= 10; number /= 10) digits++;
        return digits;
    }
}
