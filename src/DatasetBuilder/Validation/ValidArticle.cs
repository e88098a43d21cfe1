using DatasetBuilder.Model;
using DatasetBuilder.Reading;

namespace DatasetBuilder.Validation;

/// <summary>An article that passed validation, with the file it came from.</summary>
public sealed record ValidArticle(ContributionFile File, Article Article);
