namespace DatasetBuilder.Validation;

/// <summary>
/// Stable diagnostic codes. Codes are a public contract (CI annotations, SARIF rule ids, the docs):
/// never reuse or renumber one; retire it instead.
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

    // Build and corpus (DSB09x)
    public const string MissingMetadata = "DSB090";
}
