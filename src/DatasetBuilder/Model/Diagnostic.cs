namespace DatasetBuilder.Model;

/// <summary>
/// One finding about one input file: where (file, line, column, JSON pointer), which rule, and what to do.
/// Bad records are data, not exceptions.
/// </summary>
/// <param name="File">Path of the file, relative to the repository or data root, with forward slashes.</param>
/// <param name="Line">1-based line, or null when the finding is about the whole file.</param>
/// <param name="Column">1-based column, or null.</param>
/// <param name="JsonPointer">RFC 6901 JSON pointer to the value ("" for the document root), or null when the file is not JSON.</param>
/// <param name="Code">Stable rule code such as <c>DSB012</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
public sealed record Diagnostic(
    string File,
    int? Line,
    int? Column,
    string? JsonPointer,
    string Code,
    Severity Severity,
    string Message);
