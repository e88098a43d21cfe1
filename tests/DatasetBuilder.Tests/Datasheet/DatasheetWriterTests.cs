using DatasetBuilder.Datasheet;
using DatasetBuilder.Deduplication;
using DatasetBuilder.Model;
using YamlDotNet.RepresentationModel;

namespace DatasetBuilder.Tests.Datasheet;

public sealed class DatasheetWriterTests
{
    private const string Hostile = "<script>alert(1)</script> | a | b\n---\npretty_name: pwned\n![x](https://evil.example/x.png) **bold** [link](javascript:alert(1)) `code` $x$";

    private static (YamlMappingNode FrontMatter, string Body) Split(string card)
    {
        card.ShouldStartWith("---\n");
        var end = card.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        end.ShouldBeGreaterThan(0);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(card[4..end]));
        return ((YamlMappingNode)yaml.Documents.ShouldHaveSingleItem().RootNode, card[(end + 5)..]);
    }

    private static string Scalar(YamlNode node, params object[] path)
    {
        foreach (var step in path)
        {
            node = step is int i ? ((YamlSequenceNode)node).Children[i] : ((YamlMappingNode)node).Children[new YamlScalarNode((string)step)];
        }

        return ((YamlScalarNode)node).Value!;
    }

    [Fact]
    public void Write_Fixture_MatchesGoldenCard()
    {
        var card = new DatasheetWriter().Write(DatasheetFixture.Input());
        var golden = Path.Combine(DatasheetFixture.Folder, "README.golden.md");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            var source = Path.Combine(Support.RepositoryPaths.Root, "tests", "DatasetBuilder.Tests", "TestData", "Datasheet", "README.golden.md");
            File.WriteAllText(source, card);
            File.WriteAllText(golden, card);
            Assert.Fail("README.golden.md rewritten from the writer's output: review its diff, then run the tests again without UPDATE_GOLDEN");
        }

        card.ShouldBe(File.ReadAllText(golden));
    }

    [Fact]
    public void Write_Fixture_FrontMatterIsWhatTheHubReads()
    {
        var (yaml, _) = Split(new DatasheetWriter().Write(DatasheetFixture.Input()));

        Scalar(yaml, "pretty_name").ShouldBe("Arabic news on security events in Kazakhstan");
        Scalar(yaml, "license").ShouldBe("other");
        Scalar(yaml, "language", 0).ShouldBe("ar");
        Scalar(yaml, "task_categories", 0).ShouldBe("text-classification");
        Scalar(yaml, "size_categories", 0).ShouldBe("n<1K");
        Scalar(yaml, "configs", 0, "config_name").ShouldBe("default");
        Scalar(yaml, "configs", 0, "data_files", 0, "path").ShouldBe("data/train-*.parquet");
        Scalar(yaml, "configs", 0, "data_files", 0, "split").ShouldBe("train");
        Scalar(yaml, "dataset_info", "features", 2, "name").ShouldBe("published_date");
        Scalar(yaml, "dataset_info", "features", 2, "dtype").ShouldBe("date32");
        Scalar(yaml, "dataset_info", "features", 3, "sequence").ShouldBe("string");
        Scalar(yaml, "dataset_info", "features", 4, "dtype").ShouldBe("int32");
        Scalar(yaml, "dataset_info", "splits", 0, "name").ShouldBe("train");
        Scalar(yaml, "dataset_info", "splits", 0, "num_examples").ShouldBe("4");
        Scalar(yaml, "dataset_info", "splits", 0, "num_bytes").ShouldBe(SplitSize.Bytes(DatasheetFixture.Input().Rows).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Scalar(yaml, "dataset_info", "download_size").ShouldBe("12345");
        Scalar(yaml, "license_name").ShouldBe("kazakhstan-security-news-ar-license");
        Scalar(yaml, "license_link").ShouldBe(LicenseFile.FileName);
    }

    [Fact]
    public void Write_Fixture_HasTheSevenGebruSectionsAndComputedFigures()
    {
        var card = new DatasheetWriter().Write(DatasheetFixture.Input());
        foreach (var heading in new[] { "## Motivation", "## Composition", "## Collection process", "## Preprocessing, cleaning, labeling", "## Uses", "## Distribution", "## Maintenance" })
        {
            card.ShouldContain("\n" + heading + "\n");
        }

        foreach (var question in DatasheetQuestions.All)
        {
            card.ShouldContain("**" + question.Question + "**");
        }

        card.ShouldContain("| 2022-01 | 2 |");
        card.ShouldContain("From 2022-01-08 to 2022-02-01");
        card.ShouldContain("| url | 4 | 100.0% |");
        card.ShouldContain("| 2022-01-08-eeeeeeeeeeee | near duplicate of | 2022-01-08-aaaaaaaaaaaa | 0.912 |");
        card.ShouldContain("| footer.site-name | The site's name as a footer line | al-thawra | 1 | 1 | 12 |");
        card.ShouldContain("| al-thawra | اخر الاخبار | 3 |");
        card.ShouldContain("![Bar chart of the number of articles per source](charts/articles-per-source.svg)");
        card.ShouldContain("![Histogram of article length in words](charts/length-histogram.svg)");
        card.ShouldNotContain(DatasheetWriter.Unanswered);
    }

    [Fact]
    public void Write_HostileTitleAndSourceName_InjectNoMarkupAndKeepTheFrontMatter()
    {
        var rows = DatasheetFixture.Rows();
        rows[0].Title = Hostile;
        rows[0].SourceName = Hostile;
        rows[0].Source = "al-thawra";

        var card = new DatasheetWriter().Write(DatasheetFixture.Input(rows));
        var (yaml, body) = Split(card);

        Scalar(yaml, "pretty_name").ShouldBe("Arabic news on security events in Kazakhstan");
        yaml.Children.Keys.Select(static k => ((YamlScalarNode)k).Value).ShouldNotContain("pwned");
        card.ShouldNotContain("<script>");
        card.ShouldNotContain("](https://evil");
        card.ShouldNotContain("](javascript:");
        card.ShouldNotContain("**bold**");
        card.ShouldNotContain("$x$");
        body.Split('\n').ShouldNotContain("---");
        body.Split('\n').ShouldNotContain("pretty_name: pwned");

        // Every table row keeps its column count: the title's pipes are escaped.
        var sample = body.Split('\n').Single(static l => l.StartsWith("| 2022-01-08-aaaaaaaaaaaa |", StringComparison.Ordinal));
        UnescapedPipes(sample).ShouldBe(6);
        var source = body.Split('\n').Single(static l => l.StartsWith("| al-thawra |", StringComparison.Ordinal) && l.Contains("script", StringComparison.Ordinal));
        UnescapedPipes(source).ShouldBe(5);
    }

    [Fact]
    public void Write_WarningsOnRemovedDuplicates_AreCountedApartFromReleasedOnes()
    {
        static Diagnostic Warning(string id) => new($"data/articles/unknown/{id}.json", null, null, "/url", "DSB025", Severity.Warning, "no url");
        var input = DatasheetFixture.Input() with
        {
            ValidationWarnings = [Warning("2022-01-08-eeeeeeeeeeee"), Warning("2022-01-08-aaaaaaaaaaaa"), Warning("2022-01-09-bbbbbbbbbbbb")],
        };

        var card = new DatasheetWriter().Write(input);

        card.ShouldContain("3 warning(s) on the contributed files that passed validation (2 on released articles, 1 on articles later removed as duplicates)");
        card.ShouldNotContain("warning(s) on released articles.");
    }

    [Fact]
    public void Write_ContainedDuplicate_SaysWhichWayContainmentGoes()
    {
        var input = DatasheetFixture.Input() with
        {
            DuplicatesRemoved = [new ClusterAssignment("2022-01-09-excerpt00000", "2022-01-10-fullarticle0", "2022-01-10-fullarticle0", DuplicateKind.Contained, 0.97)],
        };

        var card = new DatasheetWriter().Write(input);

        card.ShouldContain("| removed | relation | kept | similarity |");
        card.ShouldContain("| 2022-01-09-excerpt00000 | is contained in | 2022-01-10-fullarticle0 | 0.970 |");
    }

    [Fact]
    public void Write_NoDuplicates_SaysNoneWereRemovedAndListsNothing()
    {
        var card = new DatasheetWriter().Write(DatasheetFixture.Input() with { DuplicatesRemoved = [] });

        card.ShouldContain("**Duplicates.** No article was removed as an exact, near or contained duplicate.");
        card.ShouldNotContain("representative kept for each");
        card.ShouldNotContain("| removed | relation | kept | similarity |");
    }

    [Fact]
    public void Write_Removals_SayTheAuditCoversReleasedArticlesOnly()
    {
        var card = new DatasheetWriter().Write(DatasheetFixture.Input());

        card.ShouldContain("22 characters in 3 spans of the released articles. Each span is listed in `audit/removals.parquet`");
        card.ShouldContain("the audit covers released articles only");
    }

    [Fact]
    public void Write_MissingAnswer_IsMarkedUnanswered()
    {
        var dataset = DatasheetFixture.Dataset(static a => a.Remove("uses.risks"));
        var card = new DatasheetWriter().Write(DatasheetFixture.Input(dataset: dataset));
        card.ShouldContain("(risks of harm)?**\n\n" + DatasheetWriter.Unanswered);
    }

    private static int UnescapedPipes(string line) => line.Where((c, i) => c == '|' && (i == 0 || line[i - 1] != '\\')).Count();
}
