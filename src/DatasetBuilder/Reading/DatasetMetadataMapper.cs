using System.Text.Json;
using DatasetBuilder.Model;

namespace DatasetBuilder.Reading;

/// <summary>Maps a schema-valid <c>dataset.json</c> document to <see cref="DatasetMetadata"/>.</summary>
public static class DatasetMetadataMapper
{
    public static DatasetMetadata Map(JsonElement root)
    {
        var answers = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("datasheet", out var sheet) && sheet.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in sheet.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { } answer)
                {
                    answers[property.Name] = answer;
                }
            }
        }

        return new DatasetMetadata
        {
            Name = root.RequiredString("name"),
            PrettyName = root.RequiredString("pretty_name"),
            Description = root.RequiredString("description"),
            License = root.RequiredString("license"),
            LicenseStatement = root.RequiredString("license_statement"),
            Homepage = root.OptionalString("homepage"),
            Creators = root.StringList("creators"),
            Keywords = root.StringList("keywords"),
            Datasheet = answers,
        };
    }
}
