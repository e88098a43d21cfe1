using DatasetBuilder.Importing;
using DatasetBuilder.Model;

namespace DatasetBuilder.Tests.Importing;

public sealed class SourceMatcherTests
{
    private static SourceProfile Profile(string id, string? domain, params string[] markers) =>
        new() { Id = id, Language = "ar", Domain = domain, IdentifyingMarkers = markers };

    [Fact]
    public void Match_TextWithAProfilesMarker_GivesThatProfile()
    {
        var matcher = new SourceMatcher([Profile("al-thawra", null, "– الثورة –"), Profile("other", null, "موقع آخر")]);

        var match = matcher.Match("وكالات – الثورة – حرر التقرير", null);

        match.SourceId.ShouldBe("al-thawra");
        match.Reason.ShouldContain("– الثورة –");
    }

    [Fact]
    public void Match_MarkerWithOtherHamzaAndDiacritics_StillMatches()
    {
        var matcher = new SourceMatcher([Profile("rw", null, "مجموعة الرؤية الاستراتيجية")]);

        matcher.Match("مَجموعة الرؤيه الإستراتيجية", null).SourceId.ShouldBe("rw");
    }

    [Fact]
    public void Match_NoMarker_GivesUnknown() =>
        new SourceMatcher([Profile("a", null, "موقع أ")]).Match("نص لا يذكر أي موقع", null).SourceId.ShouldBe(SourceMatch.UnknownSourceId);

    [Fact]
    public void Match_TwoProfilesEquallyMatched_GivesUnknownAndSaysWhy()
    {
        var matcher = new SourceMatcher([Profile("a", null, "الأفق"), Profile("b", null, "الرصد")]);

        var match = matcher.Match("نقلاً عن الأفق والرصد", null);

        match.SourceId.ShouldBe(SourceMatch.UnknownSourceId);
        match.Reason.ShouldContain("a, b");
    }

    [Theory]
    [InlineData("https://alofoq.example/news/1")]
    [InlineData("https://www.alofoq.example/news/1")]
    public void Match_PageOnAProfilesDomain_GivesThatProfile(string url) =>
        new SourceMatcher([Profile("ofoq", "alofoq.example")]).Match("نص", new Uri(url)).SourceId.ShouldBe("ofoq");

    [Fact]
    public void Match_HostThatOnlyEndsLikeTheDomain_IsNoMatch() =>
        new SourceMatcher([Profile("ofoq", "alofoq.example")]).Match("نص", new Uri("https://notalofoq.example/")).SourceId.ShouldBe(SourceMatch.UnknownSourceId);
}
