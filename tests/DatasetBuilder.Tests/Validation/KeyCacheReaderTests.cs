using System.Text;
using CsCheck;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Tests.Validation;

public sealed class KeyCacheReaderTests
{
    /// <summary>What BinaryWriter wrote reads back the same: strings of any length (one- to three-byte length prefixes), Arabic and emoji, numbers of any value.</summary>
    [Fact]
    public void Read_WhatBinaryWriterWrote_GivesItBack()
    {
        Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 0, 300], Gen.Int, Gen.Long, Gen.Byte).Array[0, 20].Sample(values =>
        {
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                foreach (var (text, i, l, b) in values)
                {
                    writer.Write(text + "نص 😀" + new string('x', text.Length * 100));
                    writer.Write(i);
                    writer.Write(l);
                    writer.Write(b);
                }
            }

            var reader = new KeyCacheReader(stream.ToArray());
            foreach (var (text, i, l, b) in values)
            {
                reader.ReadString().ShouldBe(text + "نص 😀" + new string('x', text.Length * 100));
                reader.ReadInt32().ShouldBe(i);
                reader.ReadInt64().ShouldBe(l);
                reader.ReadByte().ShouldBe(b);
            }

            Should.Throw<EndOfStreamException>(() => new KeyCacheReader(stream.ToArray()).ReadSpan((int)stream.Length + 1).Length);
        }, iter: 300);
    }

    [Theory]
    [InlineData(new byte[] { 5, (byte)'a', (byte)'b' })]
    [InlineData(new byte[] { 0x80 })]
    [InlineData(new byte[] { })]
    public void ReadString_CutShort_IsEndOfStream(byte[] bytes) => Should.Throw<EndOfStreamException>(() => new KeyCacheReader(bytes).ReadString());

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 })]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x0F })]
    [InlineData(new byte[] { 2, 0xC3, 0x28 })]
    public void ReadString_Malformed_IsAFormatError(byte[] bytes) => Should.Throw<FormatException>(() => new KeyCacheReader(bytes).ReadString());
}
