namespace DatasetBuilder.Cleaning.Rules;

/// <summary>Removes lines the corpus showed to be this source's template (see <see cref="SiteTemplateLearner"/>).</summary>
internal sealed class SiteTemplateRule : CleaningRule
{
    public override string Id => CleaningRules.SiteTemplate;

    public override string Description => "lines that recur in several articles of the same source (learned from the corpus): the site's template";

    protected override void Run(CleaningDocument document)
    {
        if (document.Context.Template is not { } template)
        {
            return;
        }

        foreach (var i in document.Kept())
        {
            if (template.Lines.TryGetValue(document.Lines[i].Key, out var articles))
            {
                document.Remove(i, Id, $"recurs in {articles} articles of source {template.Source}");
            }
        }
    }
}
