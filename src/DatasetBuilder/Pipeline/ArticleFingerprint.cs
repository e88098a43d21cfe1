using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using DatasetBuilder.Model;

namespace DatasetBuilder.Pipeline;

/// <summary>
/// A 64-bit hash of every field of an article as pass 1 validated it, kept with its path and id: the cleaning pass reads the
/// file again and compares, so a file edited between the passes ("published" changed to a date the rules refuse) is caught
/// rather than released unvalidated. Held only for the build's length, never written.
/// </summary>
internal static class ArticleFingerprint
{
    public static ulong Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var hash = new XxHash3();
        Append(hash, article.Id);
        Append(hash, article.Source);
        Append(hash, article.Url);
        Append(hash, article.Language);
        Append(hash, article.Title);
        Append(hash, article.Subtitle);
        Append(hash, article.Published?.ToString());
        AppendLength(hash, article.Authors.Count);
        foreach (var author in article.Authors)
        {
            Append(hash, author);
        }

        Append(hash, article.Agency);
        Append(hash, article.Text);
        return hash.GetCurrentHashAsUInt64();
    }

    /// <summary>Appends a length or a count as four bytes, with no array for them.</summary>
    private static void AppendLength(XxHash3 hash, int length)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, length);
        hash.Append(bytes);
    }

    /// <summary>Appends a field with its length first (-1 for null), so no two articles' fields run together into one hash.</summary>
    private static void Append(XxHash3 hash, string? value)
    {
        AppendLength(hash, value?.Length ?? -1);
        if (value is not null)
        {
            hash.Append(MemoryMarshal.AsBytes(value.AsSpan()));
        }
    }
}
