namespace DatasetBuilder.Model;

/// <summary>How serious a diagnostic is: errors keep an article out of a release, warnings do not (unless strict).</summary>
public enum Severity
{
    Warning,
    Error,
}
