using DatasetBuilder.Importing;

namespace DatasetBuilder.Tests.Importing;

public sealed class RawTextMetadataInferrerTests
{
    private const string Body = "وقال المتحدث باسم الوزارة في مؤتمر صحفي عقده اليوم إن الأوضاع في المدينة عادت إلى طبيعتها بعد أيام من التوتر والاشتباكات المتقطعة في عدد من الأحياء.";

    [Fact]
    public void Infer_NavigationTokensBeforeHeadline_AreSkipped()
    {
        var metadata = RawTextMetadataInferrer.Infer($"Ru En\n\nTT\n\nعنوان الخبر الرئيسي هنا\n\n{Body}");

        metadata.Title.ShouldBe("عنوان الخبر الرئيسي هنا");
    }

    [Theory]
    [InlineData("الخميس 6 كانون الثاني 2022", "2022-01-06")]
    [InlineData("٦ كانون الثاني ٢٠٢٢", "2022-01-06")]
    [InlineData("نشر في: 06/01/2022 - 10:30", "2022-01-06")]
    [InlineData("6 يناير 2022", "2022-01-06")]
    [InlineData("تشرين الأول 2021", "2021-10")]
    public void Infer_DateLineUnderHeadline_IsThePublicationDate(string dateLine, string expected)
    {
        var metadata = RawTextMetadataInferrer.Infer($"عنوان الخبر الرئيسي هنا\n{dateLine}\n{Body}");

        metadata.Published.ToString().ShouldBe(expected);
    }

    [Fact]
    public void Infer_DateOnlyInBodyOrTrailer_IsNotTaken()
    {
        var text = $"عنوان الخبر الرئيسي هنا\n{Body} وذلك يوم 10 يناير 2022.\n\nآخر الأخبار\nعناوين الصحف العالمية 24/11/2024";

        RawTextMetadataInferrer.Infer(text).Published.ShouldBeNull();
    }

    [Fact]
    public void Infer_SecondHeadlineDirectlyUnderFirst_IsTheSubtitle()
    {
        var metadata = RawTextMetadataInferrer.Infer($"عنوان الخبر الرئيسي هنا\n\nعنوان فرعي أطول يشرح الخبر\n\n{Body}");

        metadata.Subtitle.ShouldBe("عنوان فرعي أطول يشرح الخبر");
    }

    [Theory]
    [InlineData("عنوان الخبر الرئيسي هنا")]                       // the headline repeated
    [InlineData("وقال الوزير إن الوضع مستقر.")]                    // a short sentence, not a headline
    [InlineData("بقلم: أحمد علي")]                                 // a byline
    public void Infer_LineUnderHeadlineThatIsNoSubtitle_LeavesSubtitleNull(string second)
    {
        RawTextMetadataInferrer.Infer($"عنوان الخبر الرئيسي هنا\n{second}\n{Body}").Subtitle.ShouldBeNull();
    }

    [Fact]
    public void Infer_BylineInHeader_GivesAuthorsAndAgency()
    {
        var metadata = RawTextMetadataInferrer.Infer($"عنوان الخبر الرئيسي هنا\n\nوكالات – الموقع – حرر التقرير الإخباري سلمى يوسف:\n{Body}");

        metadata.Authors.ShouldBe(["سلمى يوسف"]);
        metadata.Agency.ShouldBe("وكالات");
    }

    [Fact]
    public void Infer_SourceCreditAmongLastLines_IsTheAgency()
    {
        var metadata = RawTextMetadataInferrer.Infer($"عنوان الخبر الرئيسي هنا\n\n{Body}\n\nاسم الموقع\nФото: Creative Commons\nالمصدر: رويترز");

        metadata.Agency.ShouldBe("رويترز");
    }

    [Fact]
    public void Infer_AgencyMentionedOnlyInBodyOrCaption_IsNotTaken()
    {
        var text = $"عنوان الخبر الرئيسي هنا\nتواصل السلطات انتشارها في المدينة (مصور/فرانس برس)\n{Body} نقلاً عن وكالة سبوتنيك.";

        RawTextMetadataInferrer.Infer(text).Agency.ShouldBeNull();
    }

    [Fact]
    public void Infer_NothingHeadlineShaped_GivesNullTitle()
    {
        RawTextMetadataInferrer.Infer("Ru En\n١٠ يناير ٢٠٢٢\n+ الخط -").Title.ShouldBeNull();
    }

    [Theory]
    [InlineData("موسكو (رويترز) - قال الكرملين اليوم إن الرئيسين بحثا في اتصال هاتفي الوضع في المنطقة وسبل التعاون بين البلدين في المرحلة المقبلة.", "رويترز")]
    [InlineData("دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة أن فصائل مسلحة سيطرت على مستودعات للأسلحة في ريف العاصمة بعد اشتباكات عنيفة استمرت ساعات.", null)]
    [InlineData("قال الوزير (في تصريح صحفي) - إن الوضع مستقر تماماً في جميع المدن بعد أيام من التوتر والاشتباكات المتقطعة في الأحياء.", null)]
    public void Infer_WireDatelineOpeningTheBody_NamesAKnownAgencyOnly(string firstParagraph, string? agency)
    {
        RawTextMetadataInferrer.Infer($"عنوان الخبر الرئيسي هنا\n\n{firstParagraph}").Agency.ShouldBe(agency);
    }

    [Theory]
    [InlineData("المصدر: روسيا اليوم", "روسيا اليوم")]
    [InlineData("المصدر : أ ف ب", "أ ف ب")]
    [InlineData("المصدر: https://example.org/news/1", null)]
    [InlineData("المصدر: بيان صادر عن وزارة الخارجية في العاصمة", null)]
    public void Infer_SourceCreditLine_IsTakenWhenItIsAName(string line, string? agency)
    {
        RawTextMetadataInferrer.Infer($"عنوان الخبر الرئيسي هنا\n\n{Body}\n\n{line}").Agency.ShouldBe(agency);
    }

    [Theory]
    [InlineData("عنوان الخبر الرئيسي هنا\nآخر تحديث: 09/01/2022 14:05", null)]                      // only the last update
    [InlineData("عنوان الخبر الرئيسي هنا\nنشر في: 08/01/2022 | آخر تحديث: 09/01/2022", "2022-01-08")]
    [InlineData("نشر في: 07/01/2022\nعنوان الخبر الرئيسي هنا", "2022-01-07")]                      // above the headline
    [InlineData("آخر تحديث: 07/01/2022\nعنوان الخبر الرئيسي هنا", null)]
    public void Infer_UpdateAndPreambleDateLines_GivePublicationOnly(string head, string? expected)
    {
        (RawTextMetadataInferrer.Infer($"{head}\n{Body}").Published?.ToString()).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2022-01-08T10:00:00Z")]
    [InlineData("2022-01-08")]
    public void Infer_IsoDateLineUnderTheHeadline_IsThePublicationDate(string dateLine)
    {
        var metadata = RawTextMetadataInferrer.Infer($"عنوان الخبر الرئيسي للتجربة\n{dateLine}\n\nوقال المتحدث باسم الوزارة في مؤتمر صحفي عقده اليوم إن الأوضاع في المدينة عادت إلى طبيعتها بعد أيام من التوتر الشديد.\n");

        metadata.Title.ShouldBe("عنوان الخبر الرئيسي للتجربة");
        metadata.Published.ToString().ShouldBe("2022-01-08");
    }
}
