using DatasetBuilder.Text;

namespace DatasetBuilder.Importing;

/// <summary>
/// Recognises the name of a news agency as Arabic bylines and "source:" lines credit it: the generic "وكالات" (agencies),
/// "وكالة …" (agency …), or one of the wire services Arabic outlets name most.
/// </summary>
public static class AgencyNames
{
    /// <summary>Folded (<see cref="ArabicNormalizer.Normalize"/>) names of agencies credited without the word "وكالة".</summary>
    private static readonly HashSet<string> Known = new(
        new[]
        {
            "وكالات", "رويترز", "فرانس برس", "فرانس بريس", "أ ف ب", "أ.ف.ب", "ا ف ب", "أسوشيتد برس", "اسوشيتد برس", "أ ب", "د ب أ", "د.ب.أ",
            "الأناضول", "سبوتنيك", "تاس", "نوفوستي", "ريا نوفوستي", "إنترفاكس", "سانا", "واس", "وام", "قنا", "كونا", "بنا", "العمانية",
            "شينخوا", "إرنا", "فارس", "تسنيم", "معا", "وفا", "أ ش أ", "قنا", "AFP", "Reuters", "AP", "TASS", "Xinhua",
        }.Select(static n => ArabicNormalizer.Normalize(n)),
        StringComparer.Ordinal);

    /// <summary>True when <paramref name="text"/> is, on its own, an agency's name (not a sentence mentioning one).</summary>
    public static bool IsAgency(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = ArabicNormalizer.Normalize(text.Trim().Trim('(', ')', '[', ']', '.', ':', '"', '«', '»', '“', '”'));
        if (key.Length == 0)
        {
            return false;
        }

        if (Known.Contains(key))
        {
            return true;
        }

        // "وكالة الأنباء السعودية", "وكالة سبوتنيك": the word "agency" and a short name.
        var words = key.Split(' ');
        return words[0] is "وكاله" or "وكالات" && words.Length is >= 2 and <= 5;
    }
}
