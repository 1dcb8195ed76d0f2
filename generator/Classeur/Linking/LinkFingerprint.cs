using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Classeur.Model;
using Classeur.Parsing;
using Classeur.Parsing.Extensions;

namespace Classeur.Linking;

/// <summary>
/// Everything the link phase wrote in a fiche's tree, as one fingerprint: each citation's and example box's
/// resolved target (address, text, title), each link's address. A preview reuses the trees of unchanged
/// files; what is worked out from a tree (its HTML, its summary, the sentences it cites with, its part of
/// the manual's face, its search texts) is kept by tree and reused while this fingerprint stays the same.
/// Worked out once per fiche and build, after the link phase.
/// </summary>
internal static class LinkFingerprint
{
    private static readonly ConditionalWeakTable<Fiche, StrongBox<UInt128>> Known = [];

    public static UInt128 Of(Fiche fiche) => Known.GetValue(fiche, f => new StrongBox<UInt128>(Compute(f))).Value;

    private static UInt128 Compute(Fiche fiche)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(params ReadOnlySpan<string?> texts)
        {
            Span<byte> length = stackalloc byte[8];
            foreach (var text in texts)
            {
                // Each text preceded by its length (-1 for none): two different lists never hash the same bytes.
                BinaryPrimitives.WriteInt64LittleEndian(length, text?.Length ?? -1);
                hash.AppendData(length);
                hash.AppendData(MemoryMarshal.AsBytes((text ?? "").AsSpan()));
            }
        }
        foreach (var reference in fiche.CrossReferences)
        {
            if (reference.Resolved is { } r) Add("r", r.Url, r.Text, r.Title, r.Label);
            else Add("-");
        }
        var nodes = TreeNodes.Of(fiche);
        foreach (var box in nodes.Boxes)
        {
            if (box.GetData(ContainerKinds.ResolvedKey) is ResolvedLink b) Add("b", b.Url, b.Text, b.Title, b.Label);
        }
        foreach (var link in nodes.Links) Add("l", link.Url);
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }
}
