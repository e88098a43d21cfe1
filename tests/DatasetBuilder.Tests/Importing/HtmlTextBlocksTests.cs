using AngleSharp.Html.Parser;
using DatasetBuilder.Importing;

namespace DatasetBuilder.Tests.Importing;

public sealed class HtmlTextBlocksTests
{
    [Fact]
    public void Of_Markup_GivesOneCollapsedBlockPerParagraphLineBreakOrItem()
    {
        using var document = new HtmlParser().ParseDocument(
            "<body><p>سطر  <b>أول</b>\n  هنا</p>نص<br>بعد الفاصل<ul><li>بند</li></ul><style>p{}</style><span style=\"display: none\">مخفي</span><noscript>x</noscript></body>");

        HtmlTextBlocks.Of(document.Body!).ShouldBe(["سطر أول هنا", "نص", "بعد الفاصل", "بند"]);
    }
}
