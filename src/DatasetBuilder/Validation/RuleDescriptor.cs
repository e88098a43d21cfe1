using DatasetBuilder.Model;

namespace DatasetBuilder.Validation;

/// <summary>What a rule code means: its short name, default severity and a one-line description (SARIF rules, the README table).</summary>
/// <param name="Code">Stable code such as <c>DSB021</c>.</param>
/// <param name="Name">PascalCase name, stable like the code.</param>
/// <param name="Severity">The severity the rule reports with.</param>
/// <param name="Description">What the rule checks, in one sentence.</param>
public sealed record RuleDescriptor(string Code, string Name, Severity Severity, string Description);
