using CsCheck;
using DatasetBuilder.Cleaning;
using DatasetBuilder.Model;

namespace DatasetBuilder.Tests.Cleaning;

/// <summary>
/// Invariants of <see cref="ArticleCleaner"/> over the committed pages (<c>TestData/Cleaning/Pages</c>) after a few random
/// edits each: a line dropped, repeated, moved, cut short or joined to the next; a line of another page put in; blank lines
/// taken out; a stray mark typed in; the title swapped for a line of the text. The pages carry every layout the rules were
/// written for, so their edits reach the rules' edge cases (a widget's label on the last line, a byline with nothing under
/// it) far more often than texts made of single lines do. A scraper hands us such pages; one that stops a rule must not stop
/// the build.
/// </summary>
public sealed class ArticleCleanerEditedPagesTests
{
    private static readonly Lazy<Article[]> Pages = new(static () =>
        [.. Directory.GetFiles(CleaningCase.PagesDirectory, "*.json").Order(StringComparer.Ordinal).Select(CleaningCase.LoadArticle)]);

    /// <summary>Marks and words that open or close the shapes the rules look for.</summary>
    private static readonly string[] Strays =
        ["(", ")", " - ", ":", "«", "»", "؟", ".", "،", "|", "١", "2025", "د.", "(صورة: ", "تصوير", "كتب", "بقلم", "اقرأ أيضا", "آخر الأخبار", "\u200f", "\u0640", "1 من 3", "المصدر:", "…", "•", "@"];

    /// <summary>One edit: its kind, where (a share of the text's lines), and a number to pick a page, a line or a stray with.</summary>
    private static readonly Gen<(int Kind, double At, int Pick)> Edit = Gen.Select(Gen.Int[0, 10], Gen.Double[0, 1], Gen.Int[0, int.MaxValue]);

    private static readonly Gen<Article> EditedPage = Gen.Select(Gen.Int[0, int.MaxValue], Edit.Array[1, 5]).Select(static (page, edits) => Apply(Pages.Value[page % Pages.Value.Length], edits));

    private readonly ArticleCleaner _cleaner = new();

    [Fact]
    public void Clean_EditedPage_KeepsOnlyRawLinesInOrderAndAccountsForEveryLine() =>
        EditedPage.Sample(article =>
        {
            var result = _cleaner.Clean(new CleaningContext { Article = article, UseProfiles = false });

            var lines = article.Text.Split('\n').Select(static l => ParagraphNormalizer.NormalizeLine(l)).Where(static l => l.Length > 0).ToList();
            var position = 0;
            foreach (var paragraph in result.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            {
                while (position < lines.Count && !string.Equals(lines[position], paragraph, StringComparison.Ordinal))
                {
                    position++;
                }

                (position < lines.Count).ShouldBeTrue($"\"{paragraph}\" is not a line of the raw text after the previous kept line");
                position++;
            }

            var removed = result.Removals.Sum(r => article.Text.Substring(r.Start, r.Length).Split('\n').Count(static l => ParagraphNormalizer.NormalizeLine(l).Length > 0));
            var kept = result.Text.Length == 0 ? 0 : result.Text.Split("\n\n").Length;
            (removed + kept).ShouldBe(lines.Count);
        }, iter: 2000);

    /// <summary>A page that ends on an embed's label ("View this post on Instagram") once stopped the post-card walk past the last line.</summary>
    [Theory]
    [InlineData("View this post on Instagram")]
    [InlineData("@sameer_k")]
    [InlineData("·")]
    public void Clean_PageEndingOnAPostCardAnchor_KeepsTheArticle(string anchor)
    {
        var page = Pages.Value[0];
        var article = page with { Text = page.Text.TrimEnd() + "\n\n" + anchor + "\n" };

        var result = _cleaner.Clean(new CleaningContext { Article = article, UseProfiles = false });

        result.Text.ShouldBe(_cleaner.Clean(new CleaningContext { Article = page, UseProfiles = false }).Text);
    }

    private static Article Apply(Article page, (int Kind, double At, int Pick)[] edits)
    {
        var lines = page.Text.Split('\n').ToList();
        var title = page.Title;
        foreach (var (kind, at, pick) in edits)
        {
            if (lines.Count == 0)
            {
                lines.Add(string.Empty);
            }

            var i = Math.Min((int)(at * lines.Count), lines.Count - 1);
            var line = lines[i];
            switch (kind)
            {
                case 0:
                    lines.RemoveAt(i);
                    break;
                case 1:
                    lines.Insert(i, lines[pick % lines.Count]);
                    break;
                case 2 when i + 1 < lines.Count:
                    (lines[i], lines[i + 1]) = (lines[i + 1], lines[i]);
                    break;
                case 3:
                    lines[i] = line[..(pick % (line.Length + 1))];
                    break;
                case 4:
                    var cut = pick % (line.Length + 1);
                    lines[i] = line[..cut] + Strays[pick % Strays.Length] + line[cut..];
                    break;
                case 5 when i + 1 < lines.Count:
                    lines[i] = line + " " + lines[i + 1];
                    lines.RemoveAt(i + 1);
                    break;
                case 6:
                    lines.RemoveAll(static l => l.Trim().Length == 0);
                    break;
                case 7 when line.Trim().Length > 0:
                    title = line.Trim();
                    break;
                case 8:
                    lines.Insert(i, Strays[pick % Strays.Length]);
                    break;
                case 9:
                    var other = Pages.Value[pick % Pages.Value.Length].Text.Split('\n');
                    lines.InsertRange(i, other.Skip(pick % other.Length).Take(1 + (pick % 7)));
                    break;
                default:
                    lines.Insert(i, string.Empty);
                    break;
            }
        }

        return page with { Title = title.Length > 0 ? title : page.Title, Text = string.Join('\n', lines) };
    }
}
