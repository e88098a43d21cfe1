namespace DatasetBuilder.Cleaning;

/// <summary>
/// A cookie or privacy banner scraped with the page ("نستخدم ملفات تعريف الارتباط … بمواصلة التصفح فإنك توافق …"). It is
/// written as sentences, so it would read as a paragraph; it never is one, wherever it sits.
/// </summary>
public static class ConsentNotice
{
    /// <summary>What a banner is about; it counts only with the banner's own wording (<see cref="Consent"/>).</summary>
    /// (A privacy policy alone is not a subject: news reports on privacy policies, with words like "قبول", are content.)
    private static readonly string[] Subjects = Lexicon.List(["ملفات تعريف الارتباط", "ملفات الارتباط", "الكوكيز", "الكعكات", "cookies"]);

    /// <summary>The banner's own voice: the site speaking of its use, or telling the reader that going on means agreeing.</summary>
    private static readonly string[] Consent = Lexicon.List(["نستخدم", "يستخدم هذا الموقع", "يستخدم موقعنا", "بمواصلة", "باستمرارك", "بالاستمرار في", "فإنك توافق", "انك توافق", "موافقتك", "أوافق", "we use", "you agree", "accept all"]);

    /// <summary>True when the line (by its matching key) is a cookie banner of at most 40 words.</summary>
    public static bool IsNotice(DocumentLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        // The word count last: it walks the whole line, and almost no line names a banner's subject.
        return Lexicon.ContainsAny(line.Key, Subjects) && Lexicon.ContainsAny(line.Key, Consent) && LineShape.WordCount(line.Key) <= 40;
    }
}
