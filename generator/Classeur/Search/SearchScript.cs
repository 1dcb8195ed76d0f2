using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Classeur.Search;

/// <summary>
/// The files of the search are scripts that hand their data to the page (`classeurRecherche.recu(name,
/// data)`), not JSON files: a browser refuses fetch() from file://, and the site must work opened from
/// the disk. Each file names itself, since scripts may arrive in any order.
/// </summary>
internal static class SearchScript
{
    public const string Folder = "assets/recherche/";

    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The site path of a file (name as the browser asks for it: "t/kco").</summary>
    public static string PathOf(string name) => Folder + name + ".js";

    /// <summary>The file of that name, given to <paramref name="sink"/> from this thread's buffer.</summary>
    public static void Wrap(string name, Action<Utf8JsonWriter> data, SearchFileSink sink) => sink(PathOf(name), Write(name, data));

    // A buffer and a writer per thread, kept from file to file: a MemoryStream and a Utf8JsonWriter per file
    // grew their own buffers by doubling, then copied the result, several times the index's size in garbage.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private static ReadOnlySpan<byte> Write(string name, Action<Utf8JsonWriter> data)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        buffer.Write("classeurRecherche.recu(\""u8);
        Encoding.UTF8.GetBytes(name, buffer);
        buffer.Write("\","u8);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, Options);
        writer.Reset(buffer);
        data(writer);
        writer.Flush();
        buffer.Write(");\n"u8);
        return buffer.WrittenSpan;
    }

    public static void WriteNumbers(Utf8JsonWriter writer, IEnumerable<int> numbers)
    {
        writer.WriteStartArray();
        foreach (var number in numbers) writer.WriteNumberValue(number);
        writer.WriteEndArray();
    }

    /// <summary>
    /// A shard's key as a file name: letters a–z and digits as they are, anything else as « _ » and its
    /// UTF-16 code in hex (recherche-moteur.js encodes the same way), after a « k » so that the empty key has a name.
    /// </summary>
    public static string KeyName(string key)
    {
        var name = new StringBuilder("k", key.Length + 1);
        foreach (var c in key)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') name.Append(c);
            else name.Append('_').Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
        }
        return name.ToString();
    }
}
