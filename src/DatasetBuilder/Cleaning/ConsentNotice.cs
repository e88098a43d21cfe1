namespace DatasetBuilder.Cleaning;

/// <summary>
/// A cookie or privacy banner scraped with the page ("نستخدم ملفات تعريف الارتباط … بمواصلة التصفح فإنك توافق …"). It is
/// written as sentences, so it would read as a paragraph; it never is one, wherever it sits.
/// </summary>
public static class ConsentNotice
{
    /// <summary>What a banner is about; it counts only with a word asking for consent.</summary>
    private static readonly string[] Subjects = Lexicon.List(["ملفات تعريف الارتباط", "ملفات الارتباط", "الكوكيز", "الكعكات", "cookies", "سياسة الخصوصية", "سياسة ملفات"]);

    private static readonly string[] Consent = Lexicon.List(["توافق", "موافقتك", "بموافقتك", "قبول", "اقبل", "أوافق", "بمواصلة", "باستمرارك", "بالاستمرار", "نستخدم", "يستخدم هذا الموقع", "consent", "accept", "we use"]);

    /// <summary>True when the line (by its matching key) is a cookie or privacy banner of at most 60 words.</summary>
    public static bool IsNotice(DocumentLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return LineShape.WordCount(line.Key) <= 60
            && Array.Exists(Subjects, s => line.Key.Contains(s, StringComparison.Ordinal))
            && Array.Exists(Consent, c => line.Key.Contains(c, StringComparison.Ordinal));
    }
}
