using System.Buffers.Binary;
using System.IO.Compression;

namespace Classeur.Print;

/// <summary>
/// A WOFF 1.0 font file turned back into the TrueType file it wraps (each table inflated with zlib):
/// PdfPig embeds TrueType fonts only, and the npm font packages ship WOFF.
/// </summary>
internal static class WoffFont
{
    public static byte[] ToTrueType(byte[] woff)
    {
        var data = woff.AsSpan();
        if (data.Length < 44 || BinaryPrimitives.ReadUInt32BigEndian(data) != 0x774F4646) throw new InvalidDataException("not a WOFF 1.0 font");
        var flavor = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
        int count = BinaryPrimitives.ReadUInt16BigEndian(data[12..]);
        var tables = new List<(uint Tag, uint Checksum, byte[] Bytes)>(count);
        for (var i = 0; i < count; i++)
        {
            var entry = data.Slice(44 + 20 * i, 20);
            var tag = BinaryPrimitives.ReadUInt32BigEndian(entry);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[4..]);
            var compressed = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            var checksum = BinaryPrimitives.ReadUInt32BigEndian(entry[16..]);
            var bytes = new byte[length];
            if (compressed == length) data.Slice(offset, length).CopyTo(bytes);
            else
            {
                using var zlib = new ZLibStream(new MemoryStream(woff, offset, compressed), CompressionMode.Decompress);
                zlib.ReadExactly(bytes);
            }
            tables.Add((tag, checksum, bytes));
        }
        tables.Sort((a, b) => a.Tag.CompareTo(b.Tag));

        var power = 1;
        var log = 0;
        while (power * 2 <= count) (power, log) = (power * 2, log + 1);
        var header = 12 + 16 * count;
        var output = new byte[header + tables.Sum(t => (t.Bytes.Length + 3) & ~3)];
        var span = output.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, flavor);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)(count * 16 - power * 16));
        var at = header;
        for (var i = 0; i < count; i++)
        {
            var (tag, checksum, bytes) = tables[i];
            var record = span.Slice(12 + 16 * i, 16);
            BinaryPrimitives.WriteUInt32BigEndian(record, tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], checksum);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)bytes.Length);
            bytes.CopyTo(span[at..]);
            at += (bytes.Length + 3) & ~3;
        }
        return output;
    }
}
