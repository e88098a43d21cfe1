using DatasetBuilder.Cleaning.Rules;

namespace DatasetBuilder.Cleaning;

/// <summary>
/// The rules in the order they run. The order matters and is part of the contract:
/// <list type="number">
/// <item>site-template: lines the corpus showed to be the source's template;</item>
/// <item>trailing-block and appended-article first among the generic rules, because they bound where the article ends and the
/// later rules must not read metadata (dates, bylines) from other articles' headlines;</item>
/// <item>profile-marker: the site profile's own markers (profiles on only);</item>
/// <item>date-line (before navigation, so a "2026-01-08 | 12:42" line yields the date rather than reading as a counter), navigation,
/// byline, attribution, caption, footer: line shapes that are never content, wherever they are;</item>
/// <item>headline: repeats of the title and subtitle, and the alternative headline;</item>
/// <item>outside-body last: what is left outside the span from the first paragraph to the last sentence.</item>
/// </list>
/// The first rule to claim a line is the one recorded.
/// </summary>
public static class CleaningRuleSet
{
    public static IReadOnlyList<ICleaningRule> Default { get; } =
    [
        new SiteTemplateRule(),
        new TrailingBlockRule(),
        new AppendedArticleRule(),
        new ProfileMarkerRule(),
        new DateLineRule(),
        new NavigationRule(),
        new BylineRule(),
        new AttributionRule(),
        new CaptionRule(),
        new FooterRule(),
        new HeadlineRule(),
        new OutsideBodyRule(),
    ];
}
