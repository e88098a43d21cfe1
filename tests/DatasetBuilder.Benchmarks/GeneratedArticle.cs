namespace DatasetBuilder.Benchmarks;

/// <summary>One generated contribution, in the field order of the contribution files.</summary>
internal sealed record GeneratedArticle(
    string Id, string Source, string? Url, string Title, string? Subtitle, string? Published, string[] Authors, string? Agency, string Text)
{
    public SortedDictionary<string, object?> ToJson() => new(new FieldOrder())
    {
        ["id"] = Id, ["source"] = Source, ["url"] = Url, ["language"] = "ar", ["title"] = Title, ["subtitle"] = Subtitle,
        ["published"] = Published, ["authors"] = Authors, ["agency"] = Agency, ["text"] = Text,
    };

    private sealed class FieldOrder : IComparer<string>
    {
        private static readonly string[] Order = ["id", "source", "url", "language", "title", "subtitle", "published", "authors", "agency", "text"];

        public int Compare(string? x, string? y) => Array.IndexOf(Order, x).CompareTo(Array.IndexOf(Order, y));
    }
}
