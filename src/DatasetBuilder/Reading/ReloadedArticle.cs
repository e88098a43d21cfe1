using DatasetBuilder.Model;

namespace DatasetBuilder.Reading;

/// <summary>An article read again for the cleaning pass, with the SHA-256 of its raw text (lowercase hex) taken while it was decoded.</summary>
internal sealed record ReloadedArticle(Article Article, string RawSha256);
