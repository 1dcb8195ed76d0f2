using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Classeur.Search;

/// <summary>
/// The files of the search are scripts that hand their data to the page (`classeurRecherche.recu(name,
/// data)`), not JSON files: a browser refuses fetch() from file://, and the site must work opened from
/// the disk. Each file names itself, since scripts may arrive in any order.
/// </summary>
public static class SearchScript
{
    public const string Folder = "assets/recherche/";

    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The site path of a file (name as the browser asks for it: "t/kco").</summary>
    public static string PathOf(string name) => Folder + name + ".js";

    public static byte[] Wrap(string name, Action<Utf8JsonWriter> data)
    {
        using var stream = new MemoryStream();
        stream.Write(Encoding.UTF8.GetBytes("classeurRecherche.recu(\"" + name + "\","));
        using (var writer = new Utf8JsonWriter(stream, Options)) data(writer);
        stream.Write(");\n"u8);
        return stream.ToArray();
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
