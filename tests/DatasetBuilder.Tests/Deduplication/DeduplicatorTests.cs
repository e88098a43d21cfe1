using System.Text.Json;
using CsCheck;
using DatasetBuilder.Cleaning;
using DatasetBuilder.Deduplication;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Deduplication;

public sealed class DeduplicatorTests
{
    private static readonly PartialDate Day1 = PartialDate.FromDay(new DateOnly(2016, 12, 20));
    private static readonly PartialDate Day2 = PartialDate.FromDay(new DateOnly(2016, 12, 21));

    [Theory]
    [InlineData("light-edit.txt", DuplicateKind.Near)]
    [InlineData("reordered.txt", DuplicateKind.Near)]
    [InlineData("different-ending.txt", DuplicateKind.Near)]
    [InlineData("truncated.txt", DuplicateKind.Contained)]
    public void Deduplicate_VariantOfAnArticle_JoinsItsCluster(string fixture, DuplicateKind expected)
    {
        var result = new Deduplicator().Deduplicate([Candidate("base", Fixture("base.txt"), Day1), Candidate("copy", Fixture(fixture), Day2)]);

        var copy = result.Assignments["copy"];
        copy.ClusterId.ShouldBe("base");
        copy.RepresentativeId.ShouldBe("base");
        copy.Kind.ShouldBe(expected);
        copy.Similarity.ShouldBeGreaterThanOrEqualTo(expected == DuplicateKind.Near ? 0.7 : 0.8);
        result.Assignments["base"].Kind.ShouldBe(DuplicateKind.Representative);
        result.Dropped.Select(static a => a.Id).ShouldBe(["copy"]);
    }

    [Theory]
    [InlineData("shared-lead.txt")]
    [InlineData("same-event.txt")]
    public void Deduplicate_DifferentArticleOnTheSameStory_StaysSeparate(string fixture)
    {
        var result = new Deduplicator().Deduplicate([Candidate("base", Fixture("base.txt"), Day1), Candidate("other", Fixture(fixture), Day2)]);

        result.Assignments["other"].ShouldBe(new ClusterAssignment("other", "other", "other", DuplicateKind.Unique, 1.0));
        result.Assignments["base"].Kind.ShouldBe(DuplicateKind.Unique);
        result.Dropped.ShouldBeEmpty();
    }

    [Fact]
    public void Deduplicate_SameTextUnderNormalisation_IsAnExactCopy()
    {
        const string published = "أعلنت لجنة الأمن القومي توقيف 16 شخصا في ألماتا.";
        const string variant = "أعلنتْ لجنـة الأمن القومى توقيف ١٦ شخصا  في الماتا.";

        var result = new Deduplicator().Deduplicate([Candidate("b", variant, Day1), Candidate("a", published, Day1)]);

        // Same date and the same normalised text (the sukun and tatweel add no length): the smaller id wins.
        var dropped = result.Dropped.ShouldHaveSingleItem();
        dropped.Kind.ShouldBe(DuplicateKind.Exact);
        dropped.Similarity.ShouldBe(1.0);
        dropped.RepresentativeId.ShouldBe("a");
    }

    [Fact]
    public void Deduplicate_EmptyTexts_AreNotDuplicatesOfEachOther()
    {
        var result = new Deduplicator().Deduplicate([Candidate("a", "", Day1), Candidate("b", " \u0640 ", Day1)]);

        result.Dropped.ShouldBeEmpty();
        result.Assignments.Values.ShouldAllBe(static a => a.Kind == DuplicateKind.Unique);
    }

    [Fact]
    public void Deduplicate_DifferentTextsWithoutWords_AreNotNearDuplicates()
    {
        var result = new Deduplicator().Deduplicate([Candidate("a", "* * *", Day1), Candidate("b", "— • —", Day1), Candidate("c", "* * *", Day2)]);

        result.Assignments["b"].Kind.ShouldBe(DuplicateKind.Unique);
        result.Assignments["c"].Kind.ShouldBe(DuplicateKind.Exact);
    }

    [Fact]
    public void Deduplicate_Cluster_KeepsBestMetadataThenEarliestThenLongestThenSmallestId()
    {
        var text = Fixture("base.txt");
        var result = new Deduplicator().Deduplicate(
        [
            Candidate("z-undated", text, null),
            Candidate("y-later", text, Day2),
            Candidate("x-early-short", Fixture("light-edit.txt"), Day1),
            Candidate("w-early-long", text + "\n\nتابع.", Day1),
            Candidate("v-month", text, PartialDate.FromMonth(2016, 12)),
        ]);

        // The month-only date counts as 2016-12-01, the earliest of all; all are full texts, with the same metadata.
        result.Assignments.Values.Select(static a => a.ClusterId).Distinct().ShouldBe(["v-month"]);
        result.Dropped.Select(static a => a.Id).ShouldBe(["w-early-long", "x-early-short", "y-later", "z-undated"]);
    }

    [Fact]
    public void Deduplicate_EarlierExcerptOfAFullArticle_KeepsTheFullArticle()
    {
        // The excerpt (52 % of the words) is dated first, and is the only one with a url: the full text still wins.
        var result = new Deduplicator().Deduplicate(
        [
            Candidate("a-excerpt", Fixture("truncated.txt"), Day1) with { Url = "https://example.org/a" },
            Candidate("b-full", Fixture("base.txt"), Day2),
            Candidate("c-syndicated", Fixture("reordered.txt"), Day2),
        ]);

        result.Assignments["b-full"].Kind.ShouldBe(DuplicateKind.Representative);
        result.Assignments["a-excerpt"].Kind.ShouldBe(DuplicateKind.Contained);
        result.Assignments["a-excerpt"].RepresentativeId.ShouldBe("b-full");
        result.Assignments["a-excerpt"].Similarity.ShouldBeGreaterThanOrEqualTo(MinHashParameters.Default.ContainmentThreshold);
        result.Assignments["c-syndicated"].RepresentativeId.ShouldBe("b-full");
    }

    [Fact]
    public void Deduplicate_FullCopies_PreferTheOneWithMoreMetadataOverAnEarlierOne()
    {
        var text = Fixture("base.txt");
        var result = new Deduplicator().Deduplicate(
        [
            Candidate("a-bare", text, Day1),
            Candidate("b-sourced", text + "\n\nتابع.", Day2) with { Source = "al-thawra", Url = "https://example.org/b", Agency = "وكالات" },
        ]);

        result.Dropped.Select(static a => (a.Id, a.RepresentativeId)).ShouldBe([("a-bare", "b-sourced")]);
    }

    [Fact]
    public void Deduplicate_TatweelAndDiacritics_DoNotMakeATextLonger()
    {
        var plain = Fixture("base.txt");
        var decorated = string.Concat(plain.Select(static c => c == '\u0644' ? "\u0644\u0640\u064E" : c.ToString()));
        var result = new Deduplicator().Deduplicate([Candidate("b-decorated", decorated, Day1), Candidate("a-plain", plain, Day1)]);

        result.Assignments["b-decorated"].Kind.ShouldBe(DuplicateKind.Exact);
        result.Assignments["b-decorated"].RepresentativeId.ShouldBe("a-plain");
    }

    [Fact]
    public void Deduplicate_RoundupHoldingTwoArticles_DropsEachOnlyIntoTheRoundupItIsContainedIn()
    {
        // The roundup is undated; the older policy kept the earliest (b), so a went as "near 0.000" to an article it has nothing in common with.
        var (a, b) = (CleanedSeed(2), CleanedSeed(3));
        var result = new Deduplicator().Deduplicate(
        [
            Candidate("a", a, Day2),
            Candidate("b", b, Day1),
            Candidate("roundup", b + "\n\n" + a, null),
        ]);

        result.Assignments["roundup"].Kind.ShouldBe(DuplicateKind.Representative);
        foreach (var id in new[] { "a", "b" })
        {
            result.Assignments[id].Kind.ShouldBe(DuplicateKind.Contained);
            result.Assignments[id].RepresentativeId.ShouldBe("roundup");
            result.Assignments[id].Similarity.ShouldBeGreaterThanOrEqualTo(0.8);
        }
    }

    [Fact]
    public void Deduplicate_ChainOfNearCopies_DropsOnlyWhatIsNearTheRepresentative()
    {
        // t0 ≈ t1 ≈ t2 (each step rewrites 40 of 300 words: Jaccard ≈ 0.74), but t0 and t2 differ in 80 words (≈ 0.56).
        var words = Enumerable.Range(0, 300).Select(Word).ToArray();
        var t1 = words.Select((w, i) => i < 40 ? Word(1000 + i) : w).ToArray();
        var t2 = t1.Select((w, i) => i is >= 40 and < 80 ? Word(2000 + i) : w).ToArray();
        var result = new Deduplicator().Deduplicate(
        [
            Candidate("t0", string.Join(' ', words), Day1),
            Candidate("t1", string.Join(' ', t1), Day2),
            Candidate("t2", string.Join(' ', t2), Day2),
        ]);

        result.Assignments["t1"].RepresentativeId.ShouldBe("t0");
        result.Assignments["t1"].Kind.ShouldBe(DuplicateKind.Near);
        result.Assignments["t2"].IsKept.ShouldBeTrue();
        result.Assignments["t2"].Kind.ShouldBe(DuplicateKind.Unique);
    }

    /// <summary>A distinct Arabic word per number (its base-26 digits spelled with letters).</summary>
    private static string Word(int n)
    {
        var letters = "بتثجحخدذرزسشصضطظعغفقكلمنهو";
        var chars = new List<char> { 'ا' };
        do
        {
            chars.Add(letters[n % letters.Length]);
            n /= letters.Length;
        }
        while (n > 0);
        return new string([.. chars]);
    }

    /// <summary>A seed's text as the cleaner leaves it (headers and bylines gone), as it reaches deduplication in a build.</summary>
    private static string CleanedSeed(int index)
    {
        var path = Directory.GetFiles(Path.Combine(RepositoryPaths.Data, "articles"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ElementAt(index);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        return new ArticleCleaner().Clean(new CleaningContext { Article = ArticleMapper.Map(doc.RootElement) }).Text;
    }

    [Fact]
    public void Deduplicate_ChainOfCopies_IsOneClusterWithOneRepresentative()
    {
        var result = new Deduplicator().Deduplicate(
        [
            Candidate("a", Fixture("base.txt"), Day1),
            Candidate("b", Fixture("light-edit.txt"), Day2),
            Candidate("c", Fixture("truncated.txt"), Day2),
            Candidate("d", Fixture("same-event.txt"), Day2),
        ]);

        result.Dropped.Select(static a => (a.Id, a.RepresentativeId)).ShouldBe([("b", "a"), ("c", "a")]);
        result.Assignments["d"].Kind.ShouldBe(DuplicateKind.Unique);
    }

    [Fact]
    public void Deduplicate_ClusterLargerThanTheBucketWindow_StaysOneCluster()
    {
        // 200 copies each with two words of their own: every band bucket holds far more than the 64 members a member is
        // compared with, so the cluster must come together through union-find, not through all pairs.
        var words = Fixture("base.txt").Split(' ');
        var copies = Enumerable.Range(0, 200).Select(i =>
        {
            var edited = (string[])words.Clone();
            edited[(i * 7) % words.Length] = "تعديل" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            edited[(i * 13 + 5) % words.Length] = "إضافة";
            return Candidate("copy-" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), string.Join(' ', edited), i == 150 ? Day1 : Day2);
        });

        var result = new Deduplicator().Deduplicate(copies);

        result.Assignments.Values.Select(static a => a.ClusterId).Distinct().ShouldBe(["copy-150"]);
        result.Dropped.Count().ShouldBe(199);
        result.Dropped.ShouldAllBe(static a => a.Kind == DuplicateKind.Near && a.Similarity >= 0.7);
    }

    [Fact]
    public void Deduplicate_DuplicateIds_AreRefused()
    {
        var act = () => new Deduplicator().Deduplicate([Candidate("a", "نص", Day1), Candidate("a", "نص آخر", Day1)]);

        act.ShouldThrow<ArgumentException>().Message.ShouldContain("\"a\"");
    }

    [Fact]
    public void Deduplicate_SeedArticles_ProduceNoFalsePositive()
    {
        var seeds = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Data, "articles"), "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(static path =>
            {
                using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
                return ArticleMapper.Map(doc.RootElement);
            })
            .ToList();
        seeds.Count.ShouldBeGreaterThanOrEqualTo(5);
        var cleaner = new ArticleCleaner();

        var raw = new Deduplicator().Deduplicate(seeds.Select(static a => new DedupCandidate(a.Id, a.Text, a.Published)));
        var cleaned = new Deduplicator().Deduplicate(seeds.Select(a => new DedupCandidate(a.Id, cleaner.Clean(new CleaningContext { Article = a }).Text, a.Published)));

        raw.Dropped.ShouldBeEmpty();
        cleaned.Dropped.ShouldBeEmpty();
        cleaned.Assignments.Count.ShouldBe(seeds.Count);
    }

    [Fact]
    public void Deduplicate_ShuffledInput_GivesTheSameAssignments()
    {
        var pool = new[] { "base.txt", "light-edit.txt", "reordered.txt", "truncated.txt", "different-ending.txt", "shared-lead.txt", "same-event.txt" }
            .Select((f, i) => Candidate("id-" + i, Fixture(f), i % 2 == 0 ? Day1 : Day2))
            .Append(Candidate("exact-1", Fixture("base.txt"), Day2))
            .Append(Candidate("exact-2", Fixture("same-event.txt"), null))
            .ToArray();
        var expected = Canonical(new Deduplicator().Deduplicate(pool));

        Gen.Shuffle(pool).Sample(shuffled => Canonical(new Deduplicator().Deduplicate(shuffled)).ShouldBe(expected), iter: 20);
    }

    private static List<ClusterAssignment> Canonical(DeduplicationResult result) =>
        [.. result.Assignments.Values.OrderBy(static a => a.Id, StringComparer.Ordinal)];

    [Fact]
    public void Deduplicate_PrecomputedSignatures_ClusterAsTheTexts()
    {
        var candidates = new[]
        {
            Candidate("a", Fixture("base.txt"), Day1),
            Candidate("b", Fixture("base.txt"), Day2),
            Candidate("c", Fixture("truncated.txt"), Day2),
            Candidate("d", "نص آخر لا علاقة له بالخبر الأول على الإطلاق", Day1),
        };
        var table = new SignatureTable(candidates.Length, MinHashParameters.Default);
        for (var i = 0; i < candidates.Length; i++)
        {
            table.Sign(i, candidates[i].Id, candidates[i].Text, candidates[i].Published);
        }

        var signed = new Deduplicator().Deduplicate(table, i => candidates[i].Text);

        signed.Assignments.OrderBy(static a => a.Key, StringComparer.Ordinal).Select(static a => a.Value)
            .ShouldBe(new Deduplicator().Deduplicate(candidates).Assignments.OrderBy(static a => a.Key, StringComparer.Ordinal).Select(static a => a.Value));
        signed.Dropped.Count().ShouldBe(2);
    }

    [Fact]
    public void Deduplicate_SyndicatedParagraphs_ReadsEachTextOnce()
    {
        // Heavy syndication: every article is three paragraphs of its own and a shuffled share of one seed's eight, so most
        // pairs of a seed are candidates whose containment is checked exactly, in band after band. Each text used to be read
        // and shingled again for every such pair, which grew much faster than the corpus.
        var random = new Random(20261208);
        var vocabulary = Enumerable.Range(0, 5000).Select(static w => $"كلمة{w}").ToArray();
        string Paragraph(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
        var seeds = Enumerable.Range(0, 2).Select(_ => Enumerable.Range(0, 8).Select(_ => Paragraph(40)).ToArray()).ToArray();
        var texts = Enumerable.Range(0, 240).Select(_ =>
        {
            var own = Enumerable.Range(0, 3).Select(_ => Paragraph(15));
            var shared = seeds[random.Next(seeds.Length)].OrderBy(_ => random.Next()).Take(random.Next(4, 9));
            return string.Join("\n\n", own.Concat(shared));
        }).ToArray();
        var table = new SignatureTable(texts.Length, MinHashParameters.Default);
        for (var i = 0; i < texts.Length; i++)
        {
            table.Sign(i, $"a{i:D4}", texts[i], Day1);
        }

        var reads = new int[texts.Length];
        var result = new Deduplicator().Deduplicate(table, i => { reads[i]++; return texts[i]; });

        reads.Sum().ShouldBeGreaterThan(20);
        reads.Max().ShouldBe(1);
        Canonical(result).ShouldBe(Canonical(new Deduplicator().Deduplicate(texts.Select((t, i) => Candidate($"a{i:D4}", t, Day1)))));
    }

    [Fact]
    public void Deduplicate_SignaturesOutOfIdOrder_Throws()
    {
        var table = new SignatureTable(2, MinHashParameters.Default);
        table.Sign(0, "b", "نص", Day1);
        table.Sign(1, "a", "نص آخر", Day1);

        Should.Throw<ArgumentException>(() => new Deduplicator().Deduplicate(table, static _ => string.Empty)).Message.ShouldContain("ascending id order");
    }

    private static DedupCandidate Candidate(string id, string text, PartialDate? published) => new(id, text, published);

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "Deduplication", name));
}
