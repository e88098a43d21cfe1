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

    internal static CleanedCorpus Run(TempDirectory temp, IReadOnlyList<ArticleFacts> facts)
    {
        var staging = Directory.CreateDirectory(temp.Combine("staging")).FullName;
        var stage = new CleaningStage(new BuildOptions(), new Dictionary<string, SourceProfile>(StringComparer.Ordinal), []);
        return stage.Run(facts, Path.Combine(staging, "spill"), new StageClock(null), CancellationToken.None);
    }

    /// <summary>The repository's articles as pass 1 hands them on: in id order, with their files.</summary>
    internal static (List<ArticleFacts> Facts, List<string> Files) Facts(TempDirectory temp)
    {
        var data = TestCorpus.CopyRepositoryData(temp);
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
