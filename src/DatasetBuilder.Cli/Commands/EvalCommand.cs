using System.CommandLine;
using DatasetBuilder.Evaluation;
using DatasetBuilder.Reading;

namespace DatasetBuilder.Cli.Commands;

/// <summary>
/// <c>eval [--gold DIR]... [--data DIR] [--no-profiles] [--no-templates] [--worst N] [--format text|json]</c>: clean raw
/// articles and score them against gold bodies, paragraph by paragraph.
/// </summary>
internal static class EvalCommand
{
    /// <summary>The committed gold bodies of the seed articles, scored when no --gold is given.</summary>
    public const string DefaultGold = "tests/DatasetBuilder.Tests/TestData/Cleaning/Seeds";

    public static Command Create(CliContext context)
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = $"Folder of gold bodies <id>.body.txt; the article is <id>.json beside it or under --data/articles. Repeatable. Default: {DefaultGold}.",
            AllowMultipleArgumentsPerToken = false,
        };
        var data = new Option<string>("--data") { Description = "Data folder (source profiles, and the articles the seed golds refer to).", DefaultValueFactory = _ => "data" };
        var noProfiles = new Option<bool>("--no-profiles") { Description = "Clean with generic rules only (site profiles off), as an unseen site is cleaned." };
        var noTemplates = new Option<bool>("--no-templates") { Description = "Do not learn site templates from the corpus first." };
        var worst = new Option<int>("--worst") { Description = "How many of the lowest-scoring articles to detail.", DefaultValueFactory = _ => 5 };
        var format = new Option<EvaluationFormat>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => EvaluationFormat.Text };
        var command = new Command("eval", "Score the cleaner against gold bodies: paragraph precision, recall and F1, overall and per article, and the worst cases.")
        {
            gold, data, noProfiles, noTemplates, worst, format,
        };
        command.SetAction(parse =>
        {
            var folders = parse.GetValue(gold) is { Length: > 0 } given ? given : [DefaultGold];
            if (folders.FirstOrDefault(static f => !Directory.Exists(f)) is { } missing)
            {
                context.Error.WriteLine($"gold folder \"{missing}\" does not exist (run from the repository root, or pass --gold DIR)");
                return ExitCodes.Usage;
            }

            if (parse.GetValue(worst) < 0)
            {
                context.Error.WriteLine("--worst must be 0 or more");
                return ExitCodes.Usage;
            }

            var set = new GoldSetReader().Read(folders, new DataLayout(parse.GetValue(data)!));
            foreach (var problem in set.Problems)
            {
                context.Error.WriteLine(DiagnosticText.Format(problem));
            }

            // Nothing to score is no perfect score: a CI gate on F1 must not pass on an empty or unreadable gold folder.
            if (set.Articles.Count == 0)
            {
                context.Error.WriteLine($"error: no gold article to score in {string.Join(", ", folders.Select(static f => $"\"{f}\""))} (each needs NAME.json and NAME.body.txt)");
                return ExitCodes.InvalidData;
            }

            var options = new EvaluationOptions { UseProfiles = !parse.GetValue(noProfiles), UseTemplates = !parse.GetValue(noTemplates), Worst = parse.GetValue(worst) };
            var report = CleaningEvaluation.Run(set, options);
            if (parse.GetValue(format) == EvaluationFormat.Json)
            {
                EvaluationJsonWriter.Write(report, context.Out);
            }
            else
            {
                EvaluationTextWriter.Write(report, context.Out);
            }

            return set.Problems.Count == 0 ? ExitCodes.Success : ExitCodes.InvalidData;
        });
        return command;
    }
}
