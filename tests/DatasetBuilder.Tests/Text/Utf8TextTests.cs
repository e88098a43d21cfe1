using System.Text;
using CsCheck;
using DatasetBuilder.Tests.Reading;
using DatasetBuilder.Text;

namespace DatasetBuilder.Tests.Text;

public sealed class Utf8TextTests
{
    /// <summary>The UTF-16 length of any bytes (long runs cross the sixteen-byte blocks at every offset) is the strict decoder's, or -1 where it throws.</summary>
    [Fact]
    public void Utf16Length_IsTheStrictDecodersCount()
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        Gen.Int[0, JsonStringMeasureTests.Pieces.Length - 1].Array[0, 40].Sample(picked =>
        {
            var bytes = picked.SelectMany(i => JsonStringMeasureTests.Pieces[i]).ToArray();
            int expected;
            try
            {
                expected = strict.GetCharCount(bytes);
            }
            catch (DecoderFallbackException)
            {
                expected = -1;
            }

            Utf8Text.Utf16Length(bytes).ShouldBe(expected, Convert.ToHexString(bytes));
        }, iter: 30_000);
    }

    /// <summary>Valid exactly where the runtime's own check says so.</summary>
    [Fact]
    public void IsValid_IsTheRuntimesCheck()
    {
        Gen.Int[0, JsonStringMeasureTests.Pieces.Length - 1].Array[0, 40].Sample(picked =>
        {
            var bytes = picked.SelectMany(i => JsonStringMeasureTests.Pieces[i]).ToArray();
            Utf8Text.IsValid(bytes).ShouldBe(System.Text.Unicode.Utf8.IsValid(bytes), Convert.ToHexString(bytes));
        }, iter: 30_000);
    }
}
