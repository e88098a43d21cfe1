using DatasetBuilder.Model;
using DatasetBuilder.Reading;

namespace DatasetBuilder.Validation;

/// <summary>An article that passed validation, with the file it came from and the SHA-256 of its raw text.</summary>
public sealed record ValidArticle(ContributionFile File, Article Article, string RawSha256);
