using DatasetBuilder.Model;

namespace DatasetBuilder.Evaluation;

/// <summary>What <see cref="GoldSetReader"/> found: the gold articles, the corpus to learn site templates from, and the problems.</summary>
/// <param name="Articles">Gold articles, ordered by id.</param>
/// <param name="Corpus">Every readable article of the data folder plus the gold articles (each id once), as the build would see them.</param>
/// <param name="Profiles">Source profiles of the data folder, by id.</param>
/// <param name="Problems">Gold files whose article is missing or invalid, and invalid profiles.</param>
public sealed record GoldSet(
    IReadOnlyList<GoldArticle> Articles,
    IReadOnlyList<Article> Corpus,
    IReadOnlyDictionary<string, SourceProfile> Profiles,
    IReadOnlyList<Diagnostic> Problems);
