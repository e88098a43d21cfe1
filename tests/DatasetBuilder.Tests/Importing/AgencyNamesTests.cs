using DatasetBuilder.Importing;

namespace DatasetBuilder.Tests.Importing;

public sealed class AgencyNamesTests
{
    [Theory]
    [InlineData("تاس")]
    [InlineData("فرانس برس")]
    [InlineData("(رويترز)")]
    [InlineData("وكالة الأنباء الكويتية")]
    [InlineData("الاناضول")] // hamza dropped, as many sites write it
    public void IsAgency_AgencyName_IsTrue(string name) => AgencyNames.IsAgency(name).ShouldBeTrue();

    [Theory]
    [InlineData("الثورة")]
    [InlineData("وكالة")]
    [InlineData("ونقلت وكالة سبوتنيك عن المتحدث باسم الشرطة قوله إن الوضع هادئ")]
    public void IsAgency_OtherText_IsFalse(string text) => AgencyNames.IsAgency(text).ShouldBeFalse();
}
