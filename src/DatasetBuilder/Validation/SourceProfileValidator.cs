using FluentValidation;

namespace DatasetBuilder.Validation;

/// <summary>Content rules for a source profile: what its JSON Schema cannot say.</summary>
public sealed class SourceProfileValidator : AbstractValidator<SourceCandidate>
{
    public SourceProfileValidator()
    {
        RuleFor(static c => c.Profile.Id)
            .Must(static (c, id) => string.Equals(id, c.FileName, StringComparison.Ordinal))
            .WithErrorCode(RuleCodes.SourceIdNotFileName)
            .WithMessage(static c => $"source id \"{c.Profile.Id}\" must equal the file name \"{c.FileName}\" (without .json): articles name their source by this id").OverridePropertyName("id");
    }
}
