using DatasetBuilder.Cleaning;
using DatasetBuilder.Text;

namespace DatasetBuilder.Tests.Cleaning;

/// <summary>
/// Lines the headline rule removed from under a headline of the committed pages and once gave as the subtitle: dates and
/// times the date rule did not read, datelines and bylines, credited captions, a promotion. Real standfirsts stay.
/// </summary>
public sealed class SubtitleShapeTests
{
    [Theory]
    [InlineData("12/05/2024 على الساعة 10:30")]
    [InlineData("آخر تحديث: 10:02 ص")]
    [InlineData("الأحد 16 رمضان 1446 - 16 مارس 2025")]
    [InlineData("نشر في الصباح نيوز يوم 19 - 10 - 2025")]
    [InlineData("بي بي سي نيوز عربي - أبوظبي")]
    [InlineData("أخبار الآن | دبي – الإمارات العربية المتحدة")]
    [InlineData("عمر المزين ـ كود // الدار البيضاء")]
    [InlineData("مسقط ـ وكالة الأنباء العُمانية:")]
    [InlineData("تابعوا بوابة الفجر على جوجل نيوز")]
    [InlineData("حقل الشرارة النفطي جنوب غرب ليبيا. (أرشيفية: الإنترنت)")]
    [InlineData("ناخبون يصطفون أمام مركز اقتراع في داكار، السنغال، في 24 مارس 2024. © رويترز")]
    [InlineData("مسافرون في صالة المغادرة بمطار الملك خالد الدولي في الرياض - رويترز")]
    [InlineData("أمواج عاتية على ساحل مدينة بورتو - حقوق النشر AP Photo")]
    [InlineData("بقلم: سامر خليل")]
    [InlineData("لجنة النقل")]
    [InlineData("• حالة الطوارئ القصوى في المرج وتعليق الدراسة يومين")]
    public void IsPlausible_NotAStandfirst_IsFalse(string text) => SubtitleShape.IsPlausible(Line(text)).ShouldBeFalse();

    [Theory]
    [InlineData("الأسعار تتجه لتسجيل مكسب أسبوعي ثانٍ على التوالي وسط ترقب لاجتماع \"أوبك+\"")]
    [InlineData("العودة إلى المدارس في 26 أغسطس وإجازة شتوية 3 أسابيع")]
    [InlineData("بين الحاجة الملحّة إلى الأموال وشروط المانحين، يقف لبنان أمام امتحان لم يعرف مثله منذ عام 2006")]
    [InlineData("الأهداف: فييرا (17) للغرافة - الكعبي (38) وروخاس (61) وعبدالله بلال (84) للسد")]
    [InlineData("- الوزارة: القرار يراعي الأعباء على المواطنين ويستهدف استقرار أسعار السلع والخدمات")]
    public void IsPlausible_Standfirst_IsTrue(string text) => SubtitleShape.IsPlausible(Line(text)).ShouldBeTrue();

    private static DocumentLine Line(string text) => new(0, 0, text.Length, text, ArabicNormalizer.Normalize(text));
}
