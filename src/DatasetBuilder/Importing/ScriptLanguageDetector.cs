using DatasetBuilder.Text;

namespace DatasetBuilder.Importing;

/// <summary>
/// Names the language of a text by the script most of its letters are written in. Only scripts that nearly pin the
/// language are named; anything else is <c>und</c> (BCP 47 "undetermined") rather than a guess such as "en" for Latin.
/// </summary>
public static class ScriptLanguageDetector
{
    public const string Undetermined = "und";

    public static string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int arabic = 0, persian = 0, cyrillic = 0, kazakh = 0, letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (ArabicNormalizer.IsArabicLetter(c))
            {
                arabic++;
                if (c is '\u067E' or '\u0686' or '\u0698' or '\u06AF')
                {
                    persian++; // پ چ ژ گ: letters Arabic does not use
                }
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                if ("әғқңөұүһіӘҒҚҢӨҰҮҺІ".Contains(c, StringComparison.Ordinal))
                {
                    kazakh++;
                }
            }
        }

        if (letters == 0)
        {
            return Undetermined;
        }

        if (arabic * 2 > letters)
        {
            // A few Persian letters occur in Arabic text (foreign names); a Persian text uses them throughout.
            return persian * 50 > arabic ? "fa" : "ar";
        }

        if (cyrillic * 2 > letters)
        {
            return kazakh * 100 > cyrillic ? "kk" : "ru";
        }

        return Undetermined;
    }
}
