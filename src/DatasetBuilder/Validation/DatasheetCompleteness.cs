using DatasetBuilder.Datasheet;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;

namespace DatasetBuilder.Validation;

/// <summary>
/// Warns about each datasheet question <c>dataset.json</c> leaves unanswered, and a missing <c>homepage</c>: the same list
/// (<see cref="DatasheetQuestions.Unanswered(DatasetMetadata)"/>) the release gate refuses on, shown at pull-request time instead of at release time. Warnings, not errors: a datasheet may be
/// drafted over several pull requests, and a preview build does not need it.
/// </summary>
public static class DatasheetCompleteness
{
    /// <summary>One warning per unanswered question, in card order; none when <paramref name="dataset"/> is null (its own errors say why).</summary>
    public static IReadOnlyList<Diagnostic> Check(ContributionFile file, DatasetMetadata? dataset)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (dataset is null)
        {
            return [];
        }

        // The same list the release gate refuses on (the questions, then the homepage), so a pull request shows it all.
        return [.. DatasheetQuestions.Unanswered(dataset).Select(q => ReferenceEquals(q, DatasheetQuestions.Homepage)
            ? new Diagnostic(
                file.DisplayPath, null, null, "/homepage", RuleCodes.DatasheetUnanswered, Severity.Warning,
                "\"homepage\" is not set: give the dataset's web page (Croissant requires its url); build --version refuses to publish without it")
            : new Diagnostic(
                file.DisplayPath, null, null, Pointer(dataset, q.Id), RuleCodes.DatasheetUnanswered, Severity.Warning,
                $"datasheet question {q.Id} (\"{q.Question}\") has no answer; answer it under \"datasheet\" before a release: build --version refuses to publish without it"))];
    }

    /// <summary>The blank answer itself when it is there, else the datasheet object it belongs in.</summary>
    private static string Pointer(DatasetMetadata dataset, string id) =>
        dataset.Datasheet.ContainsKey(id) ? "/datasheet/" + id.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal) : "/datasheet";
}
