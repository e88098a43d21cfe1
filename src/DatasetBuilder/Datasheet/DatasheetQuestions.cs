namespace DatasetBuilder.Datasheet;

/// <summary>
/// The datasheet questions a release must answer (every one is required: the completeness gate refuses a release while any is
/// blank). Figures the build can compute (counts, dates, lengths, removals) are not questions: the card computes them.
/// </summary>
public static class DatasheetQuestions
{
    public static IReadOnlyList<DatasheetQuestion> All { get; } =
    [
        new("motivation.purpose", DatasheetSection.Motivation, "For what purpose was the dataset created?"),
        new("motivation.creators", DatasheetSection.Motivation, "Who created the dataset and on behalf of which entity?"),
        new("motivation.funding", DatasheetSection.Motivation, "Who funded the creation of the dataset?"),
        new("composition.instances", DatasheetSection.Composition, "What do the instances that comprise the dataset represent?"),
        new("composition.sampling", DatasheetSection.Composition, "Does the dataset contain all possible instances or is it a sample? Is it representative?"),
        new("composition.labels", DatasheetSection.Composition, "Is there a label or target associated with each instance?"),
        new("composition.missing", DatasheetSection.Composition, "Is any information missing from individual instances?"),
        new("composition.confidential", DatasheetSection.Composition, "Does the dataset contain data that might be considered confidential?"),
        new("composition.offensive", DatasheetSection.Composition, "Does the dataset contain data that might be offensive, insulting, threatening or cause anxiety?"),
        new("composition.individuals", DatasheetSection.Composition, "Does the dataset identify any people, directly or indirectly?"),
        new("collection.process", DatasheetSection.CollectionProcess, "How was the data associated with each instance acquired?"),
        new("collection.who", DatasheetSection.CollectionProcess, "Who was involved in the data collection process?"),
        new("collection.timeframe", DatasheetSection.CollectionProcess, "Over what timeframe was the data collected?"),
        new("collection.consent", DatasheetSection.CollectionProcess, "Were the individuals in question notified, and did they consent?"),
        new("preprocessing.description", DatasheetSection.Preprocessing, "Was any preprocessing, cleaning or labeling of the data done?"),
        new("preprocessing.raw", DatasheetSection.Preprocessing, "Was the raw data saved in addition to the cleaned data?"),
        new("uses.intended", DatasheetSection.Uses, "What tasks could the dataset be used for?"),
        new("uses.unsuitable", DatasheetSection.Uses, "Are there tasks for which the dataset should not be used?"),
        new("uses.risks", DatasheetSection.Uses, "Is there anything about the composition or collection that might impact future uses (risks of harm)?"),
        new("distribution.how", DatasheetSection.Distribution, "How will the dataset be distributed?"),
        new("distribution.license", DatasheetSection.Distribution, "Under which licence or terms of use is it distributed?"),
        new("maintenance.who", DatasheetSection.Maintenance, "Who supports, hosts and maintains the dataset, and how can they be contacted?"),
        new("maintenance.updates", DatasheetSection.Maintenance, "Will the dataset be updated, how often and by whom?"),
        new("maintenance.errata", DatasheetSection.Maintenance, "How are errors reported and corrected?"),
        new("maintenance.contributions", DatasheetSection.Maintenance, "How can others extend, augment or contribute to the dataset?"),
    ];

    /// <summary>
    /// Not a Gebru question but required for a release all the same: Croissant 1.1 makes the dataset <c>url</c> required
    /// (cardinality ONE), and the build will not invent one, so a release waits until <c>dataset.json</c> names its web page.
    /// </summary>
    public static DatasheetQuestion Homepage { get; } =
        new("homepage", DatasheetSection.Distribution, "Where is the dataset's web page? (\"homepage\" in dataset.json; Croissant requires a url)");

    /// <summary>The required questions whose answer is missing, blank or a placeholder (TODO, TBD, ...), in card order.</summary>
    public static IReadOnlyList<DatasheetQuestion> Unanswered(IReadOnlyDictionary<string, string> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return [.. All.Where(q => !answers.TryGetValue(q.Id, out var a) || IsPlaceholder(a))];
    }

    /// <summary>What a release is missing: the unanswered questions, then the homepage when there is none.</summary>
    public static IReadOnlyList<DatasheetQuestion> Unanswered(Model.DatasetMetadata dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var missing = Unanswered(dataset.Datasheet);
        return string.IsNullOrWhiteSpace(dataset.Homepage) ? [.. missing, Homepage] : missing;
    }

    /// <summary>
    /// True for an answer that only holds the place of one: blank, punctuation only ("...", "?", "-"), or a marker such as
    /// TODO / TBD / TBA / FIXME / XXX, alone or leading ("TODO: ask the funder"). Such answers passed the gate before.
    /// </summary>
    public static bool IsPlaceholder(string? answer)
    {
        var core = (answer ?? string.Empty).Trim().Trim(PlaceholderPunctuation);
        if (core.Length == 0)
        {
            return true;
        }

        foreach (var marker in PlaceholderMarkers)
        {
            if (core.StartsWith(marker, StringComparison.OrdinalIgnoreCase)
                && (core.Length == marker.Length || !char.IsLetterOrDigit(core[marker.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] PlaceholderPunctuation = ['.', '…', '?', '-', '_', '*', ' ', '\t', '\n', '\r', '!', '[', ']', '(', ')', '<', '>'];

    private static readonly string[] PlaceholderMarkers = ["TODO", "TBD", "TBA", "FIXME", "XXX", "PLACEHOLDER"];
}
