using DatasetBuilder.Text;

namespace DatasetBuilder.Cleaning.Rules;

/// <summary>Removes lines that are, or start with, a boilerplate marker of the article's site profile (profiles on only).</summary>
internal sealed class ProfileMarkerRule : CleaningRule
{
    public override string Id => CleaningRules.ProfileMarker;

    public override string Description => "lines that are, or start with, a boilerplate marker listed in the site's profile";

    protected override void Run(CleaningDocument document)
    {
        if (document.Profile is not { } profile || profile.BoilerplateMarkers.Count == 0)
        {
            return;
        }

        var markers = profile.BoilerplateMarkers.Select(static m => ArabicNormalizer.Normalize(m)).Where(static m => m.Length > 0).ToList();
        foreach (var i in document.Kept())
        {
            var key = document.Lines[i].Key;
            if (markers.Exists(m => key.StartsWith(m, StringComparison.Ordinal)))
            {
                document.Remove(i, Id, $"boilerplate marker of the {profile.Id} profile");
            }
        }
    }
}
