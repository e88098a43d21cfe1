using System.Text;
using CsCheck;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Tests.Validation;

public sealed class KeyCacheEntryTests
{
    /// <summary>What <see cref="KeyCacheEntry.Write"/> wrote reads back the same, for every combination of the optional parts, one entry after another.</summary>
    [Fact]
    public void Read_WhatWriteWrote_GivesItBack()
    {
        var text = Gen.String[Gen.Char.AlphaNumeric, 0, 200].Select(static t => t + "نص 😀");
        var entry = Gen.Select(text, Gen.Long, Gen.Long, Gen.Byte[0, 63], Gen.Int, Gen.ULong, Gen.ULong, Gen.Byte.Array[16])
            .Select(Gen.Byte.Array[20, 32], text, text, text, static (a, blob, id, url, key) => (a, blob, id, url, key));
        entry.Array[1, 10].Sample(entries =>
        {
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                foreach (var ((path, length, ticks, flags, textLength, idHash, urlHash, textKey), blob, id, url, key) in entries)
                {
                    KeyCacheEntry.Write(writer, Encoding.UTF8.GetBytes(path), length, ticks, flags, textLength, idHash, urlHash, textKey, blob,
                        Encoding.UTF8.GetBytes(id), Encoding.UTF8.GetBytes(url), Encoding.UTF8.GetBytes(key));
                }
            }

            var reader = new KeyCacheReader(stream.ToArray());
            foreach (var ((path, length, ticks, flags, textLength, idHash, urlHash, textKey), blob, id, url, key) in entries)
            {
                var read = KeyCacheEntry.Read(ref reader);
                KeyCacheEntry.Decode(read.Path).ShouldBe(path);
                (read.Length, read.Ticks, read.Flags, read.TextLength, read.IdHash, read.UrlHash).ShouldBe((length, ticks, flags, textLength, idHash, urlHash));
                read.TextKey.ToArray().ShouldBe(read.HasTextKey ? textKey : []);
                read.Blob.ToArray().ShouldBe(read.HasBlob ? blob : []);
                KeyCacheEntry.Decode(read.Id).ShouldBe(read.HasId ? id : string.Empty);
                KeyCacheEntry.Decode(read.Url).ShouldBe(read.HasUrl ? url : string.Empty);
                KeyCacheEntry.Decode(read.UrlKey).ShouldBe(read.HasUrl ? key : string.Empty);
            }

            reader.Position.ShouldBe((int)stream.Length);
        }, iter: 500);
    }

    /// <summary>A path or value whose bytes are not UTF-8 makes the entry unreadable (the whole cache is then rebuilt), never a replaced character.</summary>
    [Fact]
    public void Read_StringThatIsNotUtf8_Throws()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            KeyCacheEntry.Write(writer, "a.json"u8, 1, 2, KeyCacheEntry.IdFlag, -1, 3, 0, [], [], [0x61, 0xC3], [], []);
        }

        Should.Throw<FormatException>(() =>
        {
            var reader = new KeyCacheReader(stream.ToArray());
            KeyCacheEntry.Read(ref reader);
        });
    }
}
