namespace DatasetBuilder.Pipeline;

/// <summary>
/// A bug the cleaner hit on one article: the build stops (a release is never made of what a broken rule left), and the
/// message names the article's file, so the report can carry it and the cleaner can be run on it alone
/// (<c>clean --explain FILE</c>).
/// </summary>
public sealed class ArticleCleaningException : Exception
{
    public ArticleCleaningException()
    {
    }

    public ArticleCleaningException(string message)
        : base(message)
    {
    }

    public ArticleCleaningException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The cleaner's failure on the article in <paramref name="file"/>.</summary>
    public static ArticleCleaningException For(string file, Exception innerException)
    {
        ArgumentNullException.ThrowIfNull(innerException);
        return new($"the cleaner failed on {file} ({innerException.GetType().Name}: {innerException.Message}); `clean --explain {file}` runs it on that file alone", innerException);
    }
}
