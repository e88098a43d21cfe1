using DatasetBuilder.Model;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Tests.Validation;

public sealed class ArticleContentValidatorTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static readonly Dictionary<string, SourceProfile> Sources = new(StringComparer.Ordinal)
    {
        ["site"] = new SourceProfile { Id = "site", Language = "ar", Domain = "site.example" },
    };

    private static readonly string Body = string.Concat(Enumerable.Repeat("قتل عناصر من الشرطة في اشتباكات مع مسلحين في المدينة. ", 4));

    private static ArticleCandidate Candidate(Func<Article, Article>? change = null, string? published = "2022-01-10")
    {
        var article = new Article { Id = "a-1", Source = "site", Url = "https://site.example/a-1", Language = "ar", Title = "عنوان", Text = Body };
        return new ArticleCandidate { Article = change is null ? article : change(article), PublishedText = published, FileName = "a-1", FolderName = "site" };
    }

    private static List<string> Codes(ArticleCandidate candidate) =>
        [.. new ArticleContentValidator(Sources, Today).Validate(candidate).Errors.Select(static e => e.ErrorCode)];

    [Fact]
    public void Validate_GoodArticle_HasNoFindings() => Codes(Candidate()).ShouldBeEmpty();

    [Theory]
    [InlineData('\u200E')]
    [InlineData('\u200F')]
    [InlineData('\u202A')]
    [InlineData('\u202B')]
    [InlineData('\u202C')]
    [InlineData('\u2066')]
    [InlineData('\u2067')]
    [InlineData('\u2068')]
    [InlineData('\u2069')]
    public void Validate_BidiMarkInTitleOrText_IsAccepted(char mark) =>
        Codes(Candidate(a => a with { Title = "عنوان" + mark, Text = mark + Body + mark })).ShouldBeEmpty();

    [Theory]
    [InlineData('\u202D')]
    [InlineData('\u202E')]
    public void Validate_BidiOverrideInText_IsBidiOverride(char mark) =>
        Codes(Candidate(a => a with { Text = Body + mark })).ShouldBe([RuleCodes.BidiOverride]);

    [Theory]
    [InlineData('\u200F')]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    public void Validate_AnyBidiControlInUrl_IsBidiInIdentifier(char mark) =>
        Codes(Candidate(a => a with { Url = "https://site.example/" + mark + "a" })).ShouldContain(RuleCodes.BidiInIdentifier);

    [Theory]
    [InlineData('\t')]
    [InlineData('\n')]
    [InlineData('\r')]
    public void Validate_TabAndLineBreaksInText_AreAccepted(char c) => Codes(Candidate(a => a with { Text = Body + c + Body })).ShouldBeEmpty();

    [Theory]
    [InlineData('\u0000')]
    [InlineData('\u0001')]
    [InlineData('\u001B')]
    [InlineData('\u001F')]
    public void Validate_OtherC0ControlInText_IsControlCharacter(char c) =>
        Codes(Candidate(a => a with { Text = Body + c })).ShouldBe([RuleCodes.ControlCharacter]);

    [Theory]
    [InlineData("2026-06-15", true)]
    [InlineData("2026-06-16", false)]
    [InlineData("2026-06-14", true)]
    [InlineData("2026-07", false)]
    [InlineData("2026-06", true)]
    [InlineData("2027", false)]
    public void Validate_Published_IsNotAfterToday(string published, bool accepted) =>
        Codes(Candidate(published: published)).Contains(RuleCodes.PublishedInFuture).ShouldBe(!accepted);

    [Theory]
    [InlineData("2022-02-29")]
    [InlineData("2023-04-31")]
    [InlineData("2022-00")]
    [InlineData("0000")]
    public void Validate_ImpossibleDate_IsPublishedNotADate(string published) =>
        Codes(Candidate(published: published)).ShouldBe([RuleCodes.PublishedNotADate]);

    [Fact]
    public void Validate_LeapDay_IsARealDate() => Codes(Candidate(published: "2024-02-29")).ShouldBeEmpty();

    [Fact]
    public void Validate_ArabicDeclaredMostlyLatinText_IsScriptMismatch() =>
        Codes(Candidate(a => a with { Text = string.Concat(Enumerable.Repeat("The police said the unrest was led by armed groups. ", 4)) + "عربي" }))
            .ShouldBe([RuleCodes.ScriptMismatch]);

    [Fact]
    public void Validate_ArabicWithSomeLatinNames_IsAccepted() =>
        Codes(Candidate(a => a with { Text = Body + " Reuters AFP Kazakhstan Almaty" })).ShouldBeEmpty();

    [Fact]
    public void Validate_UrlOnAnotherHost_WarnsAboutTheSourceDomain()
    {
        var failure = new ArticleContentValidator(Sources, Today).Validate(Candidate(a => a with { Url = "https://other.example/a" })).Errors.ShouldHaveSingleItem();
        failure.ErrorCode.ShouldBe(RuleCodes.UrlHostNotSourceDomain);
        failure.Severity.ShouldBe(FluentValidation.Severity.Warning);
    }

    [Fact]
    public void Validate_UrlOnASubdomainOfTheSource_IsAccepted() => Codes(Candidate(a => a with { Url = "https://www.site.example/a" })).ShouldBeEmpty();

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("a/b")]
    [InlineData("a--b")]
    [InlineData("-a")]
    [InlineData("A")]
    [InlineData("a.json")]
    public void Validate_UnsafeId_IsIdNotSlug(string id) =>
        Codes(Candidate(a => a with { Id = id })).ShouldBe([RuleCodes.IdNotSlug]);

    [Fact]
    public void Validate_UnknownSource_ListsTheKnownOnes()
    {
        var failure = new ArticleContentValidator(Sources, Today).Validate(Candidate(a => a with { Source = "nowhere" }) with { FolderName = "nowhere" }).Errors.ShouldHaveSingleItem();
        failure.ErrorCode.ShouldBe(RuleCodes.UnknownSource);
        failure.ErrorMessage.ShouldContain("site");
        failure.PropertyName.ShouldBe("source");
    }

    [Fact]
    public void Validate_ReplacementCharacterInAuthor_PointsAtTheAuthor()
    {
        var failure = new ArticleContentValidator(Sources, Today).Validate(Candidate(a => a with { Authors = ["أحمد", "سار\uFFFD"] })).Errors.ShouldHaveSingleItem();
        failure.ErrorCode.ShouldBe(RuleCodes.ReplacementCharacter);
        failure.PropertyName.ShouldBe("authors[1]");
    }
}
