using System.Text.Json;

namespace DatasetBuilder.Reading;

/// <summary>Lenient accessors for documents that have already passed their JSON Schema.</summary>
internal static class JsonElementExtensions
{
    public static string? OptionalString(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static string RequiredString(this JsonElement element, string name) => element.OptionalString(name) ?? string.Empty;

    public static IReadOnlyList<string> StringList(this JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var list = new List<string>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { } s)
            {
                list.Add(s);
            }
        }

        return list;
    }
}
