using System.Text.RegularExpressions;
using DatasetBuilder.Cleaning.Rules;

namespace DatasetBuilder.Tests.Cleaning;

/// <summary>The pre-checks of the date-line rule: each refuses only what its pattern could never match.</summary>
public sealed class DateLineRuleTests
{
    [Fact]
    public void MayHoldZoneOffset_EveryCharacterALetterMatchesIgnoringCase_IsLookedFor()
    {
        // The zone pattern is letters matched ignoring case: a line with none of the characters they match cannot hold a zone.
        var letter = new Regex("[a-z]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = ((char)i).ToString();
            if (letter.IsMatch(c))
            {
                DateLineRule.MayHoldZoneOffset(c).ShouldBeTrue($"U+{i:X4}");
            }
        }
    }

    [Theory]
    [InlineData("الأربعاء 28 آب 2013، آخر تحديث 14:00 (GMT+0400)", true)]
    [InlineData("10 يناير 2022 (gmt+0300)", true)]
    [InlineData("10 يناير 2022 KSA", true)]
    [InlineData("10 يناير 2022 \u212ASA", true)] // the Kelvin sign is a "k" when case is ignored
    [InlineData("10 يناير 2022 10:25 PM (توقيت مكة)", true)]
    [InlineData("بحسب الأرقام الرسمية بلغ عدد السكان 2022 نحو مليون نسمة", false)]
    public void IsDateLine_WithZones_IsAsBefore(string text, bool expected) =>
        DateLineRule.IsDateLine(text, out _).ShouldBe(expected);

    [Theory]
    [InlineData("منذ 3 ساعات", true)]
    [InlineData("اخر تحديث: قبل يومين", true)]
    [InlineData("اليوم 12:30", true)]
    [InlineData("امس | 18:05 م", true)]
    [InlineData("الساعه 9:05", true)]
    [InlineData("منذ", false)]
    [InlineData("12:30", false)]
    [InlineData("قبل الظهر", false)]
    public void IsTimeStamp_Keys_AreAsThePatternsSay(string key, bool expected) => DateLineRule.IsTimeStamp(key).ShouldBe(expected);
}
