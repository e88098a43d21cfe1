using DatasetBuilder.Model;

namespace DatasetBuilder.Validation;

/// <summary>Every rule the validator reports, in code order: the source of the SARIF rule list and the README table.</summary>
public static class RuleCatalog
{
    private const Severity E = Severity.Error;
    private const Severity W = Severity.Warning;

    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        new(RuleCodes.FileUnreadable, "FileUnreadable", E, "The file cannot be read (no permission, a dangling symbolic link, an unlistable folder)."),
        new(RuleCodes.NotUtf8, "NotUtf8", E, "The file is not valid UTF-8."),
        new(RuleCodes.MalformedJson, "MalformedJson", E, "The file is not well-formed JSON, or a string in it holds half a surrogate pair (\\ud800 alone), which is not text (line and column given)."),
        new(RuleCodes.DuplicateKey, "DuplicateKey", E, "An object has the same key twice."),
        new(RuleCodes.TooDeep, "TooDeep", E, "The JSON is nested deeper than the limit."),
        new(RuleCodes.TooLarge, "TooLarge", E, "The file is larger than --max-file-size."),
        new(RuleCodes.EmptyFile, "EmptyFile", E, "The file is empty or whitespace only."),
        new(RuleCodes.NotAnObject, "NotAnObject", E, "The file holds a JSON array or scalar instead of one object."),
        new(RuleCodes.StrayFile, "StrayFile", E, "A file that does not belong sits in data/articles or data/sources (not a .json file, or a profile in a folder under data/sources)."),
        new(RuleCodes.SchemaRequired, "SchemaRequired", E, "A required property is missing (JSON Schema)."),
        new(RuleCodes.SchemaUnknownProperty, "SchemaUnknownProperty", E, "A property the schema does not define (JSON Schema)."),
        new(RuleCodes.SchemaType, "SchemaType", E, "A value has the wrong JSON type (JSON Schema)."),
        new(RuleCodes.SchemaPattern, "SchemaPattern", E, "A string does not match the form the schema requires."),
        new(RuleCodes.SchemaLength, "SchemaLength", E, "A string or list is shorter or longer than the schema allows."),
        new(RuleCodes.SchemaOther, "SchemaOther", E, "Any other JSON Schema failure (for example a repeated list item)."),
        new(RuleCodes.IdNotSlug, "IdNotSlug", E, "The id is not a safe lowercase slug (letters, digits, single hyphens; never a path)."),
        new(RuleCodes.IdNotFileName, "IdNotFileName", E, "The id differs from the file name without .json."),
        new(RuleCodes.UnknownSource, "UnknownSource", E, "The source names no profile in data/sources/."),
        new(RuleCodes.FolderNotSource, "FolderNotSource", E, "The article is not filed under data/articles/<source>/."),
        new(RuleCodes.UrlNotHttp, "UrlNotHttp", E, "The url is not an absolute http(s) URL of a named host."),
        new(RuleCodes.UrlMissing, "UrlMissing", W, "The url is null; add it when the page is known."),
        new(RuleCodes.UrlHostNotSourceDomain, "UrlHostNotSourceDomain", W, "The url's host is not the source profile's domain."),
        new(RuleCodes.PublishedNotADate, "PublishedNotADate", E, "published is not a real calendar date (YYYY-MM-DD, YYYY-MM or YYYY)."),
        new(RuleCodes.PublishedInFuture, "PublishedInFuture", E, "published lies in the future."),
        new(RuleCodes.LanguageNotSourceLanguage, "LanguageNotSourceLanguage", W, "The article's language differs from its source profile's language."),
        new(RuleCodes.TitleBlank, "TitleBlank", E, "The title is empty or whitespace only."),
        new(RuleCodes.TextTooShort, "TextTooShort", E, "The text has too few letters to be an article."),
        new(RuleCodes.ScriptMismatch, "ScriptMismatch", E, "Most letters of the text are not in the script of the declared language."),
        new(RuleCodes.ControlCharacter, "ControlCharacter", E, "A string holds NUL or another C0 control character (tab, line feed and carriage return excepted)."),
        new(RuleCodes.ReplacementCharacter, "ReplacementCharacter", E, "A string holds U+FFFD, the mark of a broken decoding."),
        new(RuleCodes.BidiInIdentifier, "BidiInIdentifier", E, "id, url or source holds a bidi control character."),
        new(RuleCodes.BidiOverride, "BidiOverride", E, "title, text or another free-text field holds a bidi override (U+202D, U+202E)."),
        new(RuleCodes.DuplicateUrl, "DuplicateUrl", E, "Two article files have the same url."),
        new(RuleCodes.DuplicateText, "DuplicateText", W, "Two article files have the same raw text (the build keeps one)."),
        new(RuleCodes.DuplicateId, "DuplicateId", E, "Two article files have the same id."),
        new(RuleCodes.SymlinkOutsideData, "SymlinkOutsideData", E, "A symbolic link points outside the data folder."),
        new(RuleCodes.DirectoryNamedLikeFile, "DirectoryNamedLikeFile", E, "A folder is named like a contribution file (x.json/)."),
        new(RuleCodes.SymlinkedFolder, "SymlinkedFolder", E, "A symbolic link to a folder inside data/ (not followed)."),
        new(RuleCodes.SourceIdNotFileName, "SourceIdNotFileName", E, "A source profile's id differs from its file name."),
        new(RuleCodes.MissingMetadata, "MissingMetadata", E, "data/dataset.json is missing (it names the dataset and holds the datasheet answers)."),
        new(RuleCodes.DatasheetUnanswered, "DatasheetUnanswered", W, "A datasheet question in data/dataset.json has no answer, or its homepage is not set; build --version refuses to release until it has."),
        new(RuleCodes.NoArticles, "NoArticles", W, "data/articles/ is missing or holds no article file: the data folder is not the one meant, or its articles are gone."),
    ];

    /// <summary>The descriptor of <paramref name="code"/>, or null for a code from another stage (releases, cleaning).</summary>
    public static RuleDescriptor? Find(string code) => All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.Ordinal));
}
