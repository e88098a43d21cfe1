using DatasetBuilder.Cleaning;
using DatasetBuilder.Model;

namespace DatasetBuilder.Tests.Cleaning;

public sealed class ArticleCleanerTests
{
    private readonly ArticleCleaner _cleaner = new();

    public static TheoryData<string, bool> Seeds => CleaningCase.SeedIdsWithProfiles();

    public static TheoryData<string> Cases => CleaningCase.Names();

    public static TheoryData<string, bool> Pages => CleaningCase.PageIdsWithProfiles();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Clean_Seed_MatchesGoldBody(string id, bool useProfiles)
    {
        var result = CleanSeed(id, useProfiles, out _);

        var gold = File.ReadAllText(Path.Combine(CleaningCase.SeedsDirectory, id + ".body.txt"));
        result.Text.ShouldBe(gold.TrimEnd('\n'));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Clean_Seed_RemovesTheGoldBlocks(string id, bool useProfiles)
    {
        var result = CleanSeed(id, useProfiles, out var article);
        var gold = File.ReadAllLines(Path.Combine(CleaningCase.SeedsDirectory, id + ".removed.tsv"))
            .Where(static l => !l.StartsWith('#'))
            .Select(static l => l.Split('\t'))
            .ToList();

        result.Removals.Count.ShouldBe(gold.Count);
        for (var i = 0; i < gold.Count; i++)
        {
            var removed = article.Text.Substring(result.Removals[i].Start, result.Removals[i].Length);
            removed.ShouldStartWith(gold[i][1], customMessage: $"block {i}: {gold[i][2]}");
            if (!useProfiles)
            {
                result.Removals[i].RuleId.ShouldBe(gold[i][0], $"block {i}: {gold[i][2]}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Clean_Page_KeepsEveryGoldParagraphAndOnlyTheKnownExtras(string id, bool useProfiles)
    {
        var article = CleaningCase.LoadArticle(Path.Combine(CleaningCase.PagesDirectory, id + ".json"));

        var result = _cleaner.Clean(new CleaningContext { Article = article, Profile = CleaningCase.LoadProfile(article.Source), UseProfiles = useProfiles });

        var score = CleaningEvaluator.Score(result.Text, File.ReadAllText(Path.Combine(CleaningCase.PagesDirectory, id + ".body.txt")));
        score.Missed.ShouldBeEmpty();
        var known = CleaningCase.PageKnownGaps().Where(g => g.Id == id).Select(static g => g.Start).ToList();
        score.Extra.Count.ShouldBe(known.Count, string.Join(" | ", score.Extra));
        for (var i = 0; i < known.Count; i++)
        {
            score.Extra[i].ShouldStartWith(known[i]);
        }
    }

    [Fact]
    public void Clean_SeedWithByline_MovesAuthorsAndAgencyIntoMetadata()
    {
        var result = CleanSeed("undated-2eb6d0263435", useProfiles: false, out _);

        result.Metadata.Authors.ShouldBe(["ريم صالح"]);
        result.Metadata.Agency.ShouldBe("وكالات");
    }

    [Fact]
    public void Clean_SeedWithDateAndSource_MovesThemIntoMetadata()
    {
        var result = CleanSeed("2022-01-10-3293e65aecb4", useProfiles: false, out _);

        result.Metadata.Published.ShouldBe(PartialDate.FromDay(new DateOnly(2022, 1, 10)));
        result.Metadata.Agency.ShouldBe("تاس");
    }

    [Fact]
    public void Clean_SiteNameFooterWithProfiles_IsRemovedByTheProfileMarker()
    {
        var result = CleanSeed("2022-01-10-3293e65aecb4", useProfiles: true, out _);

        result.Removals.ShouldContain(r => r.RuleId == CleaningRules.ProfileMarker);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Clean_Case_KeepsExpectedBody(string name)
    {
        var fixture = CleaningCase.Load(name);

        var result = _cleaner.Clean(fixture.Context);

        result.Text.ShouldBe(fixture.Expected, fixture.Header.GetValueOrDefault("why"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Clean_Case_RemovesWithExpectedRulesInOrder(string name)
    {
        var fixture = CleaningCase.Load(name);

        var result = _cleaner.Clean(fixture.Context);

        if (fixture.Rules is { } rules)
        {
            result.Removals.Select(static r => r.RuleId).ToList().ShouldBe(rules);
        }
        else
        {
            result.Removals.Select(static r => r.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ShouldBe(fixture.Header["rules-used"].Split(", "));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Clean_Case_ExtractsExpectedMetadata(string name)
    {
        var fixture = CleaningCase.Load(name);

        var metadata = _cleaner.Clean(fixture.Context).Metadata;

        metadata.Published?.ToString().ShouldBe(fixture.Header.GetValueOrDefault("published"));
        metadata.Agency.ShouldBe(fixture.Header.GetValueOrDefault("agency"));
        metadata.Subtitle.ShouldBe(fixture.Header.GetValueOrDefault("new-subtitle"));
        string.Join(" | ", metadata.Authors).ShouldBe(fixture.Header.GetValueOrDefault("authors") ?? string.Empty);
    }

    [Fact]
    public void Clean_EveryRemoval_HasARegisteredRuleAndAReason()
    {
        var ids = CleaningRuleSet.Default.Select(static r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var name in Directory.GetFiles(CleaningCase.CasesDirectory, "*.case").Select(Path.GetFileNameWithoutExtension))
        {
            foreach (var removal in _cleaner.Clean(CleaningCase.Load(name!).Context).Removals)
            {
                ids.ShouldContain(removal.RuleId);
                removal.Reason.ShouldNotBeNullOrWhiteSpace();
                removal.Length.ShouldBeGreaterThan(0);
            }
        }
    }

    [Fact]
    public void Clean_WindowsLineEndings_SameBodyAndSpansOnTheRawText()
    {
        var article = CleaningCase.LoadArticle(CleaningCase.SeedFiles()["2022-01-08-925a35e4c84b"]);
        var crlf = article with { Text = article.Text.ReplaceLineEndings("\r\n") };

        var unix = _cleaner.Clean(new CleaningContext { Article = article, UseProfiles = false });
        var windows = _cleaner.Clean(new CleaningContext { Article = crlf, UseProfiles = false });

        windows.Text.ShouldBe(unix.Text);
        windows.Removals.Select(r => crlf.Text.Substring(r.Start, r.Length).ReplaceLineEndings("\n"))
            .ShouldBe(unix.Removals.Select(r => article.Text.Substring(r.Start, r.Length)));
    }

    [Fact]
    public void Clean_LongText_FinishesAndKeepsEveryParagraph()
    {
        var paragraph = "وقال رئيس البلدية في تصريح صحفي إن فرق الدفاع المدني تعمل منذ ساعات الفجر على سحب المياه من الشوارع رقم ";
        var lines = Enumerable.Range(0, 3000).Select(i => i % 10 == 9 ? "شارك\nTT" : paragraph + i + ".");
        var article = new Article { Id = "long", Source = "example", Language = "ar", Title = "عنوان", Text = string.Join('\n', lines) };

        var result = _cleaner.Clean(new CleaningContext { Article = article });

        result.Text.Split("\n\n").Length.ShouldBe(2700);
    }

    [Fact]
    public void Rules_Default_HaveUniqueIdsAndOneLineDescriptions()
    {
        var rules = CleaningRuleSet.Default;

        rules.Select(static r => r.Id).Distinct(StringComparer.Ordinal).Count().ShouldBe(rules.Count);
        rules.ShouldAllBe(static r => r.Description.Length > 0 && !r.Description.Contains('\n'));
        CleaningRules.Describe(CleaningRules.Caption).ShouldBe(rules.Single(static r => r.Id == CleaningRules.Caption).Description);
    }

    private CleaningResult CleanSeed(string id, bool useProfiles, out Article article)
    {
        article = CleaningCase.LoadArticle(CleaningCase.SeedFiles()[id]);
        return _cleaner.Clean(new CleaningContext { Article = article, Profile = CleaningCase.LoadProfile(article.Source), UseProfiles = useProfiles });
    }
}
