using System.Text.Json;
using DatasetBuilder.Model;

namespace DatasetBuilder.Reading;

/// <summary>Maps a schema-valid contribution document to an <see cref="Article"/>.</summary>
public static class ArticleMapper
{
    /// <summary>The article <paramref name="root"/> holds; <paramref name="text"/> is its text when the caller has decoded it already.</summary>
    public static Article Map(JsonElement root, string? text = null)
    {
        // The schema has checked the form; an impossible day (2022-02-30) is reported by the content rules, so map it to null here.
        var published = PartialDate.TryParse(root.OptionalString("published"), out var parsed) ? parsed : null;
        return new Article
        {
            Id = root.RequiredString("id"),
            Source = root.RequiredString("source"),
            Url = root.OptionalString("url"),
            Language = root.RequiredString("language"),
            Title = root.RequiredString("title"),
            Subtitle = root.OptionalString("subtitle"),
            Published = published,
            Authors = root.StringList("authors"),
            Agency = root.OptionalString("agency"),
            Text = text ?? root.RequiredString("text"),
        };
    }
}
