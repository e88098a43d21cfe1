namespace DatasetBuilder.Cleaning.Rules;

/// <summary>
/// Removes the headline where the page repeats it (tolerant to small differences), the subtitle where it repeats, and the
/// longer alternative headline or standfirst between the headline and the first paragraph, which becomes the subtitle.
/// </summary>
internal sealed class HeadlineRule : CleaningRule
{
    private const double SameHeadline = CleaningDocument.SameHeadline;

    /// <summary>Share of the title's words an alternative headline carries.</summary>
    private const double AlternativeHeadline = 0.6;

    public override string Id => CleaningRules.Headline;

    public override string Description => "the headline repeated on the page, its longer alternative and the subtitle (moved into the subtitle)";

    protected override void Run(CleaningDocument document)
    {
        RemoveVerdictBox(document);
        RemoveLabelledSummary(document);
        RemoveHeadlineAndStandfirst(document);
        RemoveRestatementAboveLead(document);
    }

    /// <summary>Removes the headline where the page repeats it, the subtitle, and the standfirst or alternative headline under it.</summary>
    private void RemoveHeadlineAndStandfirst(CleaningDocument document)
    {
        var article = document.Context.Article;
        var title = document.TitleTokens; // = Words(article.Title)
        var subtitle = article.Subtitle is { } s ? Words(s) : [];
        var first = document.FirstBodyParagraph();
        var firstTitleLine = -1;
        foreach (var i in document.Kept())
        {
            var text = document.Lines[i].Text;
            if (document.Lines[i].WordCount > 40)
            {
                continue;
            }

            var (distinct, shared) = document.TitleCounts(i); // = Words(text) against the title: the key is the normalised text
            if (CleaningDocument.Overlap(shared, distinct, title.Count) >= SameHeadline || document.IsHeadlineWithoutSite(i))
            {
                document.Remove(i, Id, "the headline, repeated");
                firstTitleLine = firstTitleLine < 0 ? i : firstTitleLine;
            }
            else if (subtitle.Count > 0 && document.TokenCounts(i, subtitle) is var (subDistinct, subShared) && CleaningDocument.Overlap(subShared, subDistinct, subtitle.Count) >= SameHeadline)
            {
                document.Remove(i, Id, "the subtitle, repeated");
            }
            else if (title.Count > 0 && (first < 0 || i < first) && !LineShape.IsSentence(text) && !LineShape.ContinuesIntoNext(text) && (double)shared / title.Count >= AlternativeHeadline)
            {
                document.Remove(i, Id, "an alternative, longer headline");
                OfferSubtitle(document, i);
            }
        }

        if (firstTitleLine < 0 || first < 0)
        {
            return;
        }

        if (IsStandfirst(document, firstTitleLine, first))
        {
            document.Remove(first, Id, "the subtitle (standfirst) under the headline, before the byline, date or photo");
            OfferSubtitle(document, first);
            return;
        }

        if (HeaderBlockEnd(document, firstTitleLine, first) is var anchor and >= 0)
        {
            var lines = Enumerable.Range(firstTitleLine + 1, anchor - firstTitleLine - 1).Where(document.IsKept).ToList();
            foreach (var i in lines)
            {
                document.Remove(i, Id, "the standfirst or summary under the headline, above the byline or date line");
            }

            if (lines.Count == 1)
            {
                OfferSubtitle(document, lines[0]);
            }

            return;
        }

        for (var i = firstTitleLine + 1; i < first; i++)
        {
            var text = document.Lines[i].Text;
            if (document.IsKept(i) && LineShape.ContinuesIntoNext(text))
            {
                return; // the lead, introducing what follows ("… وفيما يلي نصها:"): the article has begun
            }

            // Not a line ending on a full stop: a lead whose dateline the site parts with bars ("خاص || أثر برس في …") does not read
            // as a sentence, but ends as one. Nor the writer's name under its title ("د. سلام عبد الكريم الموسوي"), which the
            // header's other rules take.
            // A live page's first entry opens with its heading under its time: the article's, not a standfirst.
            if (document.IsKept(i) && LiveEntries.IsHeading(document, i) && LiveEntries.IsLivePage(document))
            {
                return;
            }

            if (document.IsKept(i) && document.Lines[i].WordCount >= 5 && !LineShape.IsSentence(text) && !LineShape.EndsSentence(text) && !LineShape.ContinuesIntoNext(text)
                && !LineShape.EndsWithCredit(text) && LineShape.ArabicShare(text) >= 0.5 && !IsBoxedName(document, i))
            {
                // Under the byline or the date line, a short line without a verb's length is the lead photo's caption ("حقل قمح
                // بإحدى محافظات الوجه القبلي"), not a standfirst, which says what the article does in a dozen words or more.
                if (document.Lines[i].WordCount < MinStandfirstUnderHeaderWords && UnderBylineOrDate(document, firstTitleLine, i))
                {
                    document.Remove(i, Id, "a short line under the byline or date, above the lead (the photo's caption)");
                    return;
                }

                document.Remove(i, Id, "the subtitle (standfirst) under the headline");
                OfferSubtitle(document, i);
                return;
            }
        }
    }

    /// <summary>Fewest words of a standfirst under the byline or the date line; a shorter line there is a caption.</summary>
    private const int MinStandfirstUnderHeaderWords = 10;

    /// <summary>True when a byline or a date line stands between the headline at <paramref name="title"/> and line <paramref name="index"/>.</summary>
    private static bool UnderBylineOrDate(CleaningDocument document, int title, int index) =>
        Enumerable.Range(title + 1, index - title - 1).Any(j => document.RemovedBy(j) is CleaningRules.DateLine or CleaningRules.Byline);

    /// <summary>Makes line <paramref name="index"/> the subtitle when there is none yet and it reads as one (<see cref="SubtitleShape"/>).</summary>
    private static void OfferSubtitle(CleaningDocument document, int index)
    {
        if (document.Subtitle is null && SubtitleShape.IsPlausible(document.Lines[index]))
        {
            document.Subtitle = document.Lines[index].Text;
        }
    }

    /// <summary>Folded labels of a summary box printed above the article ("ملخص", "باختصار", "أبرز النقاط").</summary>
    private static readonly HashSet<string> SummaryLabels = Lexicon.Set(
    [
        "ملخص", "الملخص", "ملخص الخبر", "ملخص المقال", "باختصار", "الخلاصة", "أبرز النقاط", "النقاط الرئيسية", "أهم النقاط", "أبرز ما جاء",
        "summary", "key points", "in brief",
    ]);

    /// <summary>Most lines of a summary box under its label.</summary>
    private const int MaxSummaryLines = 5;

    /// <summary>
    /// Removes a short line above a lead that opens with its dateline and says the line again at length: the photo's caption
    /// or a standfirst printed as a sentence between the page's header and the article ("أبو خالد الزعبي يتفقد قناة ري جفّت …"
    /// over "عمّان- … يقف أبو خالد الزعبي على حافة قناة إسمنتية جفّت …"). The dateline is what says the article starts there: a
    /// lead's second paragraph often restates it ("قررت المحكمة تأجيل …" then "عقدت المحكمة … وقررت تأجيل …"), but does not
    /// open with the place the story was filed from.
    /// </summary>
    private void RemoveRestatementAboveLead(CleaningDocument document)
    {
        var above = document.FirstBodyParagraph();
        var lead = above < 0 ? -1 : document.FirstBodyParagraph(above + 1);
        if (lead < 0 || document.Lines[above].WordCount > MaxRestatementWords || document.Lines[lead].WordCount < RestatedLength * document.Lines[above].WordCount
            || !LineShape.OpensWithDateline(document.Lines[lead].Text) || LineShape.OpensWithDateline(document.Lines[above].Text) || LineShape.ContinuesIntoNext(document.Lines[above].Text)
            || document.WordsOf(above).Count < MinRestatedWords || TopicWords.Coverage(document.WordsOf(above), document.WordsOf(lead)) < Restated)
        {
            return;
        }

        document.Remove(above, Id, "a caption or standfirst above the lead, which the lead says again");
    }

    /// <summary>Most words of a caption or standfirst the lead restates.</summary>
    private const int MaxRestatementWords = 25;

    /// <summary>How many times longer than the line above it the lead that restates it is.</summary>
    private const int RestatedLength = 2;

    /// <summary>Fewest content words of a line the lead restates (fewer prove nothing).</summary>
    private const int MinRestatedWords = 5;

    /// <summary>Share of the line's content words the lead holds.</summary>
    private const double Restated = 0.75;

    /// <summary>Most words of a summary's point: a point is a sentence, shorter than the paragraphs it sums up.</summary>
    private const int MaxPointWords = 25;

    /// <summary>Share of a point's content words the article's paragraphs after it hold.</summary>
    private const double RepeatedPoint = 0.7;

    /// <summary>
    /// True when line <paramref name="index"/> is a summary's point where each point is its own paragraph: a short line whose
    /// words the article's paragraphs mostly hold further on, past the paragraph right after it, and after which the article
    /// still has paragraphs. A short lead is restated too, but by the paragraph that follows it, which goes on from it.
    /// </summary>
    private static bool IsRepeatedPoint(CleaningDocument document, int index)
    {
        var line = document.Lines[index];
        if (!document.IsKept(index) || line.WordCount > MaxPointWords || LineShape.ContinuesIntoNext(line.Text) || document.WordsOf(index).Count == 0)
        {
            return false;
        }

        var next = document.FirstBodyParagraph(index + 1);
        var rest = new HashSet<string>(StringComparer.Ordinal);
        for (var j = next + 1; next >= 0 && j < document.Lines.Count; j++)
        {
            if (document.IsKept(j) && document.IsBody(j))
            {
                rest.UnionWith(document.WordsOf(j));
            }
        }

        return TopicWords.Coverage(document.WordsOf(index), rest) >= RepeatedPoint && BodyParagraphsFrom(document, index + 1) >= 2;
    }

    /// <summary>
    /// Removes a fact-check's verdict box above the article: the claim ("الادعاء: مقطع فيديو يُظهر …"), the verdict ("الحكم:
    /// مضلل") and its class ("التصنيف: سياق مضلل"), labelled lines in a run with a verdict among them and two paragraphs of the
    /// article after them. The claim reads as a paragraph; the article tells it again and says why the verdict is what it is.
    /// </summary>
    private void RemoveVerdictBox(CleaningDocument document)
    {
        for (var i = 0; i < document.Lines.Count; i++)
        {
            if (document.Lines[i].IsBlank || document.Lines[i].WordCount > MaxVerdictWords || !IsVerdict(document.Lines[i].Key))
            {
                continue;
            }

            var (start, end) = (i, i);
            for (var j = document.PreviousNonBlank(i); j >= 0 && IsVerdictBoxLine(document.Lines[j]); j = document.PreviousNonBlank(j))
            {
                start = j;
            }

            for (var j = document.NextNonBlank(i); j >= 0 && IsVerdictBoxLine(document.Lines[j]); j = document.NextNonBlank(j))
            {
                end = j;
            }

            // Above the article: no paragraph of it before the box (the claim may be the first), and the page's only verdict: a
            // round-up of claims gives one under each, and a report may quote a verdict the article is about.
            if ((document.FirstBodyParagraph() is var first && first >= 0 && first < start) || BodyParagraphsFrom(document, end + 1) < 2
                || Enumerable.Range(end + 1, document.Lines.Count - end - 1).Any(j => !document.Lines[j].IsBlank && document.Lines[j].WordCount <= MaxVerdictWords && IsVerdict(document.Lines[j].Key)))
            {
                return;
            }

            for (var j = start; j <= end; j++)
            {
                if (document.IsKept(j))
                {
                    document.Remove(j, Id, "a fact-check's verdict box above the article (the claim, the verdict, its class)");
                }
            }

            return;
        }
    }

    /// <summary>True when a folded <paramref name="key"/> is a fact-check's verdict: its label, a colon, a verdict ("الحكم: مضلل").</summary>
    private static bool IsVerdict(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && VerdictLabels.Contains(key[..colon].Trim()) && Verdicts.Contains(key[(colon + 1)..].Trim(' ', '.', '!'));
    }

    /// <summary>True when <paramref name="line"/> is a line of a verdict box: one of its labels and a colon, then a short text.</summary>
    private static bool IsVerdictBoxLine(DocumentLine line)
    {
        var colon = line.Key.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && line.WordCount <= MaxClaimWords && VerdictBoxLabels.Contains(line.Key[..colon].Trim());
    }

    /// <summary>Folded labels of a fact-check's verdict.</summary>
    private static readonly HashSet<string> VerdictLabels = Lexicon.Set(["الحكم", "النتيجة", "التقييم", "الحقيقة", "الخلاصة", "حكمنا"]);

    /// <summary>Folded labels of the lines of a fact-check's verdict box.</summary>
    private static readonly HashSet<string> VerdictBoxLabels = Lexicon.Set(
        ["الادعاء", "الإدعاء", "الادعاءات", "الحكم", "النتيجة", "التقييم", "الحقيقة", "الخلاصة", "حكمنا", "التصنيف", "نوع الادعاء", "مصدر الادعاء", "تاريخ الادعاء", "تاريخ التحقق"]);

    /// <summary>Folded verdicts of fact-checkers.</summary>
    private static readonly HashSet<string> Verdicts = Lexicon.Set(
    [
        "صحيح", "خطأ", "خاطئ", "مضلل", "مضللة", "زائف", "زائفة", "مفبرك", "مفبركة", "غير دقيق", "غير دقيقة", "مجتزأ", "ساخر", "صحيح جزئيا", "صحيح جزئياً",
        "مضلل جزئيا", "كاذب", "كاذبة", "ملفق", "غير صحيح", "غير صحيحة", "سياق مضلل", "معدل", "مركب", "قديم", "ادعاء كاذب", "ادعاء مضلل",
    ]);

    /// <summary>Most words of a verdict line.</summary>
    private const int MaxVerdictWords = 5;

    /// <summary>Most words of a line of a verdict box (the claim is a sentence).</summary>
    private const int MaxClaimWords = 40;

    /// <summary>
    /// Removes a summary box: its label alone on a line ("ملخص", "باختصار") and the lines under it up to the next blank line
    /// (in a spaced page, the one line under it), above the article's first paragraph and with the article's paragraphs after
    /// it. The box restates the article; its label,
    /// taken by the navigation rules alone, would leave the restatement as the article's first paragraph.
    /// </summary>
    private void RemoveLabelledSummary(CleaningDocument document)
    {
        // Above the article only: "باختصار:" further down introduces the article's own conclusion.
        var first = document.FirstBodyParagraph();
        for (var i = 0; i < first; i++)
        {
            if (document.Lines[i].IsBlank || document.Lines[i].WordCount > 4 || !SummaryLabels.Contains(document.Lines[i].Key.Trim().TrimEnd(':', '：').Trim()))
            {
                continue;
            }

            var box = new List<int>();
            var next = document.NextNonBlank(i);
            if (next == i + 1)
            {
                // The box's lines, up to a blank line; bulleted points end where the bullets do, where the page runs the
                // article on under them with no blank line ("• …" ×3, then the lead).
                var bulleted = LineShape.IsListItem(document.Lines[next].Text);
                for (var j = next; j < document.Lines.Count && !document.Lines[j].IsBlank && box.Count <= MaxSummaryLines && (!bulleted || LineShape.IsListItem(document.Lines[j].Text)); j++)
                {
                    box.Add(j);
                }
            }
            else if (next >= 0)
            {
                // Every point its own paragraph: the points after the first are the short lines the article goes on to say again.
                box.Add(next);
                // A point the caption rule took as a pull quote (the article repeats it word for word) is passed over; a byline, a
                // date line or a caption is the article's header, which no point comes after.
                for (var j = document.NextNonBlank(next); j >= 0 && box.Count < MaxSummaryLines && (CaptionRule.IsPullQuote(document, j) || IsRepeatedPoint(document, j)); j = document.NextNonBlank(j))
                {
                    if (document.IsKept(j))
                    {
                        box.Add(j);
                    }
                }
            }

            if (box.Count is 0 or > MaxSummaryLines || box.Exists(b => LineShape.ContinuesIntoNext(document.Lines[b].Text)) || BodyParagraphsFrom(document, box[^1] + 1) < 2)
            {
                continue;
            }

            foreach (var line in box.Prepend(i).Where(document.IsKept))
            {
                document.Remove(line, Id, "a summary box above the article (its label and its points)");
            }

            return;
        }
    }

    /// <summary>
    /// True when the first paragraph, <paramref name="first"/>, is the standfirst: a long line without a final stop right under
    /// the headline (nothing kept between), followed by the page's header furniture (a byline, a date line or a photo caption
    /// the earlier rules took) before the next paragraph. An article's opening paragraph ends with a stop; a standfirst, like a
    /// headline, does not, and the byline and date come after it, not after the lead.
    /// </summary>
    private static bool IsStandfirst(CleaningDocument document, int headline, int first)
    {
        var text = document.Lines[first].Text;
        if (LineShape.EndsSentence(text) || LineShape.ContinuesIntoNext(text) || LineShape.EndsWithCredit(text))
        {
            return false;
        }

        for (var i = headline + 1; i < first; i++)
        {
            if (document.IsKept(i))
            {
                return false;
            }
        }

        var next = document.FirstBodyParagraph(first + 1);
        if (next < 0)
        {
            return false;
        }

        for (var i = first + 1; i < next; i++)
        {
            if (document.RemovedBy(i) is CleaningRules.Byline or CleaningRules.DateLine or CleaningRules.Caption)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The byline or date line that closes the page's header when the lines from the headline up to it, the first paragraph
    /// <paramref name="first"/> among them, are still the header: at most <see cref="MaxHeaderLines"/> short lines (a
    /// standfirst, a summary box of questions and answers; <see cref="MaxHeaderWords"/> words in all), none continuing into the
    /// next or opening on a connective, and the article going on for at least two paragraphs after the byline or date with no
    /// other date line among them (a timeline's). The page prints the byline and date between its header and the article,
    /// never after the lead. -1 when the lines are not that.
    /// </summary>
    private static int HeaderBlockEnd(CleaningDocument document, int headline, int first)
    {
        if (headline > first)
        {
            return -1; // the title repeated further down (as a caption): what precedes it is the article
        }

        var (kept, words) = (0, 0);
        for (var i = headline + 1; i < document.Lines.Count; i++)
        {
            if (document.RemovedBy(i) is CleaningRules.Byline or CleaningRules.DateLine && i > first)
            {
                return BodyParagraphsFrom(document, i + 1) >= 2 && !DatedFurtherOn(document, i) ? i : -1;
            }

            if (!document.IsKept(i))
            {
                continue;
            }

            var text = document.Lines[i].Text;
            words += document.Lines[i].WordCount;
            if (++kept > MaxHeaderLines || words > MaxHeaderWords || document.Lines[i].WordCount > MaxStandfirstWords
                || LineShape.ContinuesIntoNext(text) || (LineShape.OpensRunningText(text) && !OpensContrast(document.Lines[i].Key)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when the line opens on "بينما" ("while"): a connective that opens a standfirst or a lead as well as running text
    /// ("بينما تنقطع المياه عن أحياء كاملة …، تتوسع سوق المياه المعلّبة").
    /// </summary>
    private static bool OpensContrast(string key) => TopicWords.Tokens(key).FirstOrDefault() is "بينما";

    /// <summary>
    /// True when another date line follows <paramref name="anchor"/> among the article's paragraphs: dates through the text are
    /// a timeline's or a live report's, and the lines above the first one are its introduction, not the page's header.
    /// </summary>
    private static bool DatedFurtherOn(CleaningDocument document, int anchor)
    {
        var last = document.LastSentence();
        for (var i = document.FirstBodyParagraph(anchor + 1) + 1; i > 0 && i < last; i++)
        {
            // A date between two of the article's lines; one inside an embedded post (its neighbours taken with it) is not.
            if (document.RemovedBy(i) == CleaningRules.DateLine && document.PreviousNonBlank(i) is var before and >= 0 && document.IsKept(before)
                && document.NextNonBlank(i) is var after and >= 0 && document.IsKept(after))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Most words of one line of the header above the byline or date: a standfirst is shorter than most leads.</summary>
    private const int MaxStandfirstWords = 35;

    /// <summary>Most words of all the header's lines above the byline or date.</summary>
    private const int MaxHeaderWords = 70;

    /// <summary>Most kept lines between the headline and the byline or date that are still the page's header.</summary>
    private const int MaxHeaderLines = 5;

    /// <summary>Body paragraphs from <paramref name="from"/> on, counted up to two.</summary>
    private static int BodyParagraphsFrom(CleaningDocument document, int from)
    {
        var count = 0;
        for (var at = document.FirstBodyParagraph(from); at >= 0 && count < 2; at = document.FirstBodyParagraph(at + 1))
        {
            count++;
        }

        return count;
    }

    private static HashSet<string> Words(string text) => TopicWords.TokenSet(text);

    /// <summary>
    /// True when line <paramref name="index"/> is a name under its title ("د. سلام عبد الكريم الموسوي") that the page prints
    /// again further down, as an author's box does: a writer's byline. A standfirst that opens with a title ("د. مدبولي
    /// يتفقد مستشفيات الصعيد") is printed once.
    /// </summary>
    private static bool IsBoxedName(CleaningDocument document, int index)
    {
        if (BylineRule.NameAfterHonorific(document.Lines[index].Text) is null)
        {
            return false;
        }

        for (var j = index + 1; j < document.Lines.Count; j++)
        {
            if (string.Equals(document.Lines[j].Key, document.Lines[index].Key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

}
