using DatasetBuilder.Model;

namespace DatasetBuilder.Evaluation;

/// <summary>One raw article with the body a person expects the cleaner to keep.</summary>
/// <param name="Article">The contribution as read from its file (raw text, title, source).</param>
/// <param name="Gold">The expected cleaned body: paragraphs separated by a blank line.</param>
/// <param name="GoldFile">Where the gold body was read from, for messages.</param>
public sealed record GoldArticle(Article Article, string Gold, string GoldFile);
