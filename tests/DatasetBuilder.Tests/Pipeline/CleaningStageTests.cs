using DatasetBuilder.Cleaning;
using DatasetBuilder.Model;
using DatasetBuilder.Pipeline;
using DatasetBuilder.Reading;
using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Pipeline;

/// <summary>Pass 2 re-reads each article straight from its bytes; a file changed since pass 1 must stop the build by name.</summary>
public sealed class CleaningStageTests
{
    [Fact]
    public void Run_RepositoryArticles_CleansEachIntoTheSpillAndSignsIt()
    {
        using var temp = new TempDirectory();
        var (facts, _) = Facts(temp);

        var cleaned = Run(temp, facts);

        using (cleaned.Spill)
        {
            for (var slot = 0; slot < facts.Count; slot++)
            {
                var row = cleaned.Spill.Read(cleaned.Offsets[slot]).Row;
                row.Id.ShouldBe(facts[slot].Id);
                row.Text.ShouldNotBeNullOrWhiteSpace();
                cleaned.Signatures.Id(slot).ShouldBe(facts[slot].Id);
                cleaned.Signatures.KeyLength(slot).ShouldBeGreaterThan(0);
            }

            cleaned.Signatures.Dispose();
        }
    }

    [Theory]
    [InlineData("{\"id\": ", "no longer loads")]
    [InlineData("{\"id\": \"a\", \"id\": \"b\"}", "no longer loads")]
    [InlineData("\"just a string\"", "no longer loads")]
    public void Run_FileBrokenSincePassOne_ThrowsNamingTheFile(string content, string expected)
    {
        using var temp = new TempDirectory();
        var (facts, files) = Facts(temp);
        File.WriteAllText(files[1], content);

        var error = Should.Throw<InvalidDataException>(() => Run(temp, facts));

        error.Message.ShouldContain(facts[1].File.DisplayPath);
        error.Message.ShouldContain(expected);
        Directory.GetFiles(temp.Combine("staging")).ShouldBeEmpty();
    }

    [Fact]
    public void Run_IdChangedSincePassOne_ThrowsNamingTheNewId()
    {
        using var temp = new TempDirectory();
        var (facts, files) = Facts(temp);
        File.WriteAllText(files[0], File.ReadAllText(files[0]).Replace($"\"{facts[0].Id}\"", "\"renamed-article\"", StringComparison.Ordinal));

        var error = Should.Throw<InvalidDataException>(() => Run(temp, facts));

        error.Message.ShouldContain(facts[0].File.DisplayPath);
        error.Message.ShouldContain("its id is now \"renamed-article\"");
    }

    [Theory]
    [InlineData("\"published\": \"20", "\"published\": \"29")]
    [InlineData("\"title\": \"", "\"title\": \"edited ")]
    public void Run_FieldEditedSincePassOne_ThrowsInsteadOfReleasingWhatWasNotValidated(string field, string edited)
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var facts = new ValidationStage(new BuildOptions(), TimeProvider.System).Run(new DataLayout(data), new StageClock(null)).Articles;
        var file = facts.First(f => File.ReadAllText(f.File.FullPath).Contains(field, StringComparison.Ordinal)).File;
        var text = File.ReadAllText(file.FullPath);
        var at = text.IndexOf(field, StringComparison.Ordinal);
        File.WriteAllText(file.FullPath, string.Concat(text.AsSpan(0, at), edited, text.AsSpan(at + field.Length)));

        var error = Should.Throw<InvalidDataException>(() => Run(temp, facts));

        error.Message.ShouldContain(file.DisplayPath);
        error.Message.ShouldContain("no longer what was validated");
    }

    [Fact]
    public void Run_FactsFromPassOne_MatchTheirFilesWhenNothingChanged()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var facts = new ValidationStage(new BuildOptions(), TimeProvider.System).Run(new DataLayout(data), new StageClock(null)).Articles;

        facts.ShouldAllBe(static f => f.Fingerprint != 0);
        var cleaned = Run(temp, facts);
        cleaned.Signatures.Count.ShouldBe(facts.Count);
        cleaned.Signatures.Dispose();
    }

    [Fact]
    public void Run_SeveralBatches_SpillsEveryArticleInIdOrderAtAscendingOffsets()
    {
        using var temp = new TempDirectory();
        var (facts, _) = ManyFacts(temp, (2 * CleaningStage.BatchSize) + 37);

        var cleaned = Run(temp, facts);

        using (cleaned.Spill)
        {
            for (var slot = 0; slot < facts.Count; slot++)
            {
                cleaned.Spill.Read(cleaned.Offsets[slot]).Row.Id.ShouldBe(facts[slot].Id);
                if (slot > 0)
                {
                    cleaned.Offsets[slot].ShouldBeGreaterThan(cleaned.Offsets[slot - 1]);
                }
            }

            cleaned.Signatures.Dispose();
        }
    }

    [Fact]
    public void Run_FileBrokenInALaterBatch_ThrowsNamingItAndLeavesNoSpill()
    {
        // The batches before it are being appended to the spill on another thread when it fails.
        using var temp = new TempDirectory();
        var (facts, files) = ManyFacts(temp, (2 * CleaningStage.BatchSize) + 37);
        var victim = (2 * CleaningStage.BatchSize) + 5;
        File.WriteAllText(files[victim], "{\"id\": ");

        var error = Should.Throw<InvalidDataException>(() => Run(temp, facts));

        error.Message.ShouldContain(facts[victim].File.DisplayPath);
        Directory.GetFiles(temp.Combine("staging")).ShouldBeEmpty();
    }

    [Fact]
    public void Run_CleanerFailsOnOneArticle_ThrowsNamingItsFileAndLeavesNoSpill()
    {
        // A bug in a rule (as a caption credited after a dash once was) stops the build; the message says which file.
        using var temp = new TempDirectory();
        var (facts, _) = ManyFacts(temp, CleaningStage.BatchSize + 37);
        var victim = CleaningStage.BatchSize + 5;
        var cleaner = new ArticleCleaner([.. CleaningRuleSet.Default, new FailingRule(facts[victim].Id)]);

        var error = Should.Throw<ArticleCleaningException>(() => Run(temp, facts, cleaner));

        error.Message.ShouldContain(facts[victim].File.DisplayPath);
        error.Message.ShouldContain("InvalidOperationException: a rule's bug");
        error.InnerException.ShouldBeOfType<InvalidOperationException>();
        Directory.GetFiles(temp.Combine("staging")).ShouldBeEmpty();
    }

    internal static CleanedCorpus Run(TempDirectory temp, IReadOnlyList<ArticleFacts> facts, ArticleCleaner? cleaner = null)
    {
        var staging = Directory.CreateDirectory(temp.Combine("staging")).FullName;
        var stage = new CleaningStage(new BuildOptions(), new Dictionary<string, SourceProfile>(StringComparer.Ordinal), [], cleaner);
        return stage.Run(facts, Path.Combine(staging, "spill"), new StageClock(null), CancellationToken.None);
    }

    /// <summary>A rule that throws on one article, as a rule with a bug would.</summary>
    private sealed class FailingRule(string id) : ICleaningRule
    {
        public string Id => "failing";

        public string Description => "throws on one article";

        public IReadOnlyList<Removal> Apply(CleaningDocument document) =>
            document.Context.Article.Id == id ? throw new InvalidOperationException("a rule's bug") : [];
    }

    /// <summary>
    /// <paramref name="count"/> articles as pass 1 hands them on: copies of the repository's first article under new ids (each
    /// file in its source folder), in id order.
    /// </summary>
    private static (List<ArticleFacts> Facts, List<string> Files) ManyFacts(TempDirectory temp, int count)
    {
        var (original, files) = Facts(temp);
        var template = File.ReadAllText(files[0]);
        var folder = Path.GetDirectoryName(files[0])!;
        foreach (var file in files)
        {
            File.Delete(file);
        }

        for (var i = 0; i < count; i++)
        {
            var id = $"copy-{i:D5}";
            File.WriteAllText(Path.Combine(folder, id + ".json"), template.Replace($"\"{original[0].Id}\"", $"\"{id}\"", StringComparison.Ordinal));
        }

        return Facts(temp, copyData: false);
    }

    /// <summary>The repository's articles as pass 1 hands them on: in id order, with their files.</summary>
    internal static (List<ArticleFacts> Facts, List<string> Files) Facts(TempDirectory temp, bool copyData = true)
    {
        var data = copyData ? TestCorpus.CopyRepositoryData(temp) : temp.Combine("data");
        var layout = new DataLayout(data);
        var facts = new List<ArticleFacts>();
        foreach (var path in Directory.GetFiles(layout.ArticlesDirectory, "*.json", SearchOption.AllDirectories))
        {
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(path));
            facts.Add(new ArticleFacts(layout.File(path), document.RootElement.GetProperty("id").GetString()!));
        }

        facts.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return (facts, [.. facts.Select(static f => f.File.FullPath)]);
    }
}
