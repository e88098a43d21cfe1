namespace DatasetBuilder.Cleaning;

/// <summary>Ids of the cleaning rules. Ids are recorded in the release's audit: never reuse one.</summary>
public static class CleaningRules
{
    /// <summary>Blank-only lines: paragraph breaks, never recorded as removals (kept for the audit vocabulary).</summary>
    public const string BlankLine = "blank-line";

    public const string SiteTemplate = "site-template";
    public const string TrailingBlock = "trailing-block";
    public const string AppendedArticle = "appended-article";
    public const string ProfileMarker = "profile-marker";
    public const string Navigation = "navigation";
    public const string DateLine = "date-line";
    public const string Byline = "byline";
    public const string Attribution = "attribution";
    public const string Caption = "caption";
    public const string Footer = "footer";
    public const string Headline = "headline";
    public const string OutsideBody = "outside-body";

    /// <summary>The one-line description of a rule id; the id itself when unknown.</summary>
    public static string Describe(string ruleId) =>
        CleaningRuleSet.Default.FirstOrDefault(r => string.Equals(r.Id, ruleId, StringComparison.Ordinal))?.Description ?? ruleId;
}
