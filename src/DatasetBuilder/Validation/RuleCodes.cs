namespace DatasetBuilder.Validation;

/// <summary>
/// Stable diagnostic codes. Codes are a public contract (CI annotations, SARIF rule ids, the docs):
/// never reuse or renumber one; retire it instead. <see cref="RuleCatalog"/> describes each.
/// </summary>
public static class RuleCodes
{
    // Files and JSON syntax (DSB00x)
    public const string FileUnreadable = "DSB001";
    public const string NotUtf8 = "DSB002";
    public const string MalformedJson = "DSB003";
    public const string DuplicateKey = "DSB004";
    public const string TooDeep = "DSB005";
    public const string TooLarge = "DSB006";
    public const string EmptyFile = "DSB007";
    public const string NotAnObject = "DSB008";
    public const string StrayFile = "DSB009";

    // JSON Schema (DSB01x)
    public const string SchemaRequired = "DSB010";
    public const string SchemaUnknownProperty = "DSB011";
    public const string SchemaType = "DSB012";
    public const string SchemaPattern = "DSB013";
    public const string SchemaLength = "DSB014";
    public const string SchemaOther = "DSB019";

    // Article content (DSB02x, DSB03x)
    public const string IdNotSlug = "DSB020";
    public const string IdNotFileName = "DSB021";
    public const string UnknownSource = "DSB022";
    public const string FolderNotSource = "DSB023";
    public const string UrlNotHttp = "DSB024";
    public const string UrlMissing = "DSB025";
    public const string UrlHostNotSourceDomain = "DSB026";
    public const string PublishedNotADate = "DSB027";
    public const string PublishedInFuture = "DSB028";
    public const string LanguageNotSourceLanguage = "DSB029";
    public const string TitleBlank = "DSB030";
    public const string TextTooShort = "DSB031";
    public const string ScriptMismatch = "DSB032";
    public const string ControlCharacter = "DSB033";
    public const string ReplacementCharacter = "DSB034";
    public const string BidiInIdentifier = "DSB035";
    public const string BidiOverride = "DSB036";

    // Across the corpus (DSB04x)
    public const string DuplicateUrl = "DSB040";
    public const string DuplicateText = "DSB041";
    public const string DuplicateId = "DSB042";

    // Data folder layout (DSB05x)
    public const string SymlinkOutsideData = "DSB050";
    public const string DirectoryNamedLikeFile = "DSB051";
    public const string SymlinkedFolder = "DSB052";

    // Source profiles (DSB06x)
    public const string SourceIdNotFileName = "DSB060";

    // Build and corpus (DSB09x)
    public const string MissingMetadata = "DSB090";
    public const string DatasheetUnanswered = "DSB091";
    public const string NoArticles = "DSB092";
}
