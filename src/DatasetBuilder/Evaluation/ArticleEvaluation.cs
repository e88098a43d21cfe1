using DatasetBuilder.Cleaning;

namespace DatasetBuilder.Evaluation;

/// <summary>How one article's cleaned body compares with its gold body.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Source">Article source.</param>
/// <param name="GoldFile">The gold body file.</param>
/// <param name="Score">Paragraph-level score, with the missed and extra paragraphs.</param>
public sealed record ArticleEvaluation(string Id, string Source, string GoldFile, CleaningScore Score);
