using System.Reflection;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Tests.Validation;

public sealed class RuleCatalogTests
{
    private static readonly string[] Codes = [.. typeof(RuleCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(static f => (string)f.GetValue(null)!)];

    [Fact]
    public void All_DescribesEveryCodeOnceInCodeOrder()
    {
        RuleCatalog.All.Select(static r => r.Code).ShouldBe(Codes.Order(StringComparer.Ordinal));
        RuleCatalog.All.Select(static r => r.Name).Distinct().Count().ShouldBe(RuleCatalog.All.Count);
    }

    [Fact]
    public void All_EveryRuleIsInTheReadmeTable()
    {
        var readme = File.ReadAllText(Path.Combine(Support.RepositoryPaths.Root, "README.md"));
        foreach (var rule in RuleCatalog.All)
        {
            readme.ShouldContain($"| {rule.Code} |");
        }
    }
}
