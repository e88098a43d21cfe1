using System.Text.Json;
using DatasetBuilder.Model;

namespace DatasetBuilder.Reading;

/// <summary>Maps a schema-valid source profile document to a <see cref="SourceProfile"/>.</summary>
public static class SourceProfileMapper
{
    public static SourceProfile Map(JsonElement root) => new()
    {
        Id = root.RequiredString("id"),
        NameAr = root.OptionalString("name_ar"),
        NameEn = root.OptionalString("name_en"),
        Domain = root.OptionalString("domain"),
        Country = root.OptionalString("country"),
        Language = root.RequiredString("language"),
        BoilerplateMarkers = root.StringList("boilerplate_markers"),
        IdentifyingMarkers = root.StringList("identifying_markers"),
        Notes = root.OptionalString("notes"),
    };
}
