using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Classeur.Rendering;

/// <summary>
/// A fingerprint of what a template sees: the template's name and its model, walked as data (typed
/// models member by member, dictionaries, lists, strings, numbers, booleans) with a type tag and a
/// length before each value, so that two different models never write the same bytes. The labels are
/// not walked: they come from site.yml, already in the salt. A model holding anything else (an object
/// whose content the walk cannot see) has no fingerprint: it is always rendered.
/// </summary>
internal static class ModelFingerprint
{
    /// <summary>SHA-256 of (salt, template name, model), or null when the model is not plain data.</summary>
    public static UInt128? Of(UInt128 salt, string template, object? model)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        WriteNumber(buffer, (ulong)(salt >> 64));
        WriteNumber(buffer, (ulong)salt);
        WriteString(buffer, template);
        if (!Write(buffer, model)) return null;
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(buffer.WrittenSpan, hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    /// <summary>A fingerprint of texts (templates, site.yml): the salt of every page fingerprint.</summary>
    public static UInt128 OfTexts(IEnumerable<string> texts)
    {
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var text in texts) WriteString(buffer, text);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(buffer.WrittenSpan, hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    private static bool Write(ArrayBufferWriter<byte> buffer, object? value)
    {
        switch (value)
        {
            case null:
                WriteTag(buffer, 0);
                return true;
            case string text:
                WriteTag(buffer, 1);
                WriteString(buffer, text);
                return true;
            case HtmlSlot slot:
                // Only HTML made beforehand has a fingerprint; HTML written on demand is not known yet.
                if (slot.Text is not { } html) return false;
                WriteTag(buffer, 1);
                WriteString(buffer, html);
                return true;
            case bool flag:
                WriteTag(buffer, flag ? (byte)2 : (byte)3);
                return true;
            case int or long or short or byte or uint or ulong or double or float or decimal:
                WriteTag(buffer, 4);
                WriteString(buffer, Convert.ToString(value, CultureInfo.InvariantCulture)!);
                return true;
            case Models.LabelTable:
                WriteTag(buffer, 10);
                return true;
            case Models.ITemplateModel model:
                var members = TemplateMembers.Of(model.GetType());
                WriteTag(buffer, 9);
                WriteString(buffer, model.GetType().FullName!);
                foreach (var property in members.Properties)
                {
                    if (!Write(buffer, property.GetValue(model))) return false;
                }
                return true;
            case IDictionary dictionary:
                WriteTag(buffer, 5);
                WriteNumber(buffer, (ulong)dictionary.Count);
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (entry.Key is not string key) return false;
                    WriteString(buffer, key);
                    if (!Write(buffer, entry.Value)) return false;
                }
                return true;
            case IEnumerable items:
                WriteTag(buffer, 6);
                foreach (var item in items)
                {
                    WriteTag(buffer, 7);
                    if (!Write(buffer, item)) return false;
                }
                WriteTag(buffer, 8);
                return true;
            default:
                return false;
        }
    }

    private static void WriteTag(ArrayBufferWriter<byte> buffer, byte tag)
    {
        buffer.GetSpan(1)[0] = tag;
        buffer.Advance(1);
    }

    private static void WriteNumber(ArrayBufferWriter<byte> buffer, ulong number)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(buffer.GetSpan(8), number);
        buffer.Advance(8);
    }

    private static void WriteString(ArrayBufferWriter<byte> buffer, string text)
    {
        WriteNumber(buffer, (ulong)text.Length);
        var bytes = MemoryMarshal.AsBytes(text.AsSpan());
        if (text.Length >= LongText)
        {
            // A long text (a body's or a page's HTML) stands for its own hash, worked out once per string:
            // a preview's reused bodies and contents are the same strings from one save to the next.
            var hash = LongTexts.GetValue(text, t => new StrongBox<UInt128>(Hash(MemoryMarshal.AsBytes(t.AsSpan())))).Value;
            WriteNumber(buffer, (ulong)(hash >> 64));
            WriteNumber(buffer, (ulong)hash);
            return;
        }
        bytes.CopyTo(buffer.GetSpan(bytes.Length));
        buffer.Advance(bytes.Length);
    }

    /// <summary>From this length on, a text is written as its hash (the length comes before either, so the two never meet).</summary>
    private const int LongText = 1024;

    private static readonly ConditionalWeakTable<string, StrongBox<UInt128>> LongTexts = [];

    private static UInt128 Hash(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }
}
