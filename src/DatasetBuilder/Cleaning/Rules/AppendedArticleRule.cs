namespace DatasetBuilder.Cleaning.Rules;

/// <summary>
/// Removes a second, unrelated article glued after the real one. A restart is a block of non-paragraph lines after the
/// article has started that looks like a page header (a line repeated in the block, a logo token, a caption or a date line),
/// followed by paragraphs whose topic does not continue the title and lead. In-article subheadings are single lines and
/// continue the topic, so they stay.
/// </summary>
internal sealed partial class AppendedArticleRule : CleaningRule
{
    public override string Id => CleaningRules.AppendedArticle;

    public override string Description => "a second, unrelated article appended after the real one (a new headline block, then a change of topic)";

    protected override void Run(CleaningDocument document)
    {
        var first = document.FirstBodyParagraph();
        if (first < 0)
        {
            return;
        }


        int? entries = null;
        var i = first + 1;
        while (i < document.Lines.Count)
        {
            if (!document.IsKept(i) || document.IsBody(i))
            {
                i++;
                continue;
            }

            var next = document.FirstBodyParagraph(i);
            if (next < 0)
            {
                return; // nothing but short lines follow: the footer rules deal with them
            }

            var block = Enumerable.Range(i, next - i).Where(document.IsKept).ToList();
            if (block.Exists(document.RepeatsTitle))
            {
                // The article's own headline is not a new article's: text before it (a cookie notice, a teaser) is not the
                // article. The block is the article's own page header: the headline rule takes the headline; the lines the header
                // repeats (a site name printed twice) go with it. Left, they would read as a new page's header once the
                // headline is gone, and cleaning the cleaned text again would cut the article there.
                RemoveRepeatedHeaderLines(document, block);
                i = next;
                continue;
            }

            // A block the article opens with a line introducing it ("وجاءت الأسعار على النحو التالي:"), or that such a line ends the
            // paragraph before ("… وفق المواعيد الآتية:" over "السبت 20 ديسمبر 2025"), is the article's table or list.
            // So is a block holding an embedded post's card (its handle, its "·" stamp): the post of someone the article quotes;
            // and one opened by a video's label ("شاهد الفيديو"): the video's title and date, inside the article. A post's reaction
            // bar ("أعجبني · تعليق · مشاركة") under the paragraph after the block says the block is the post's name and date.
            if (LineShape.ContinuesIntoNext(document.Lines[block[0]].Text) || document.InIntroducedTable(block[0]) || NavigationRule.IsVideoLabel(document.Lines[block[0]])
                || block.Exists(b => EmbeddedPosts.IsCardAnchor(document.Lines[b]) || EmbeddedPosts.IsPostStamp(document.Lines[b]))
                || (document.NextNonBlank(next) is var after && after >= 0 && EmbeddedPosts.IsReactionBar(document.Lines[after])))
            {
                i = next;
                continue;
            }

            if (IsInlineCard(document, block, next) && !HasDatedEntries(document, first, ref entries))
            {
                // Its date is the other article's, not this one's publication date.
                foreach (var line in block)
                {
                    document.Remove(line, Id, "another article's card inside the text: its headline and time stamp, then the article goes on");
                }

                i = next;
                continue;
            }

            // A headline alone between paragraphs reads as a subheading, unless the paragraph under it opens with the lead's own
            // dateline ("السوسنة - …" twice): a desk prints that once, over a story's lead, so the headline is the next story's.
            if (block.Count == 1 && HasDatelineMark(document.Lines[next].Text) && IsHeadline(document.Lines[block[0]])
                && document.PreviousNonBlank(block[0]) is var above and >= 0 && document.IsBody(above) && LineShape.EndsSentence(document.Lines[above].Text)
                && LooksLikeHeader(document, block) is null && LeadDateline(document, first, i, next) is { } ownDateline
                && IsGluedUnderOwnDateline(document, first, i, next, ownDateline) && !HasDatedEntries(document, first, ref entries) && !OnlyALeadBefore(document, first, i, next))
            {
                document.RemoveFrom(block[0], Id, $"a new article starts at \"{Shorten(document.Lines[block[0]].Text)}\": a headline whose first paragraph opens with the article's own dateline (\"{ownDateline}\")");
                return;
            }

            // A live page's entry (its time, its heading, its text) is no new article, however far its topic is from the last. A
            // headline that calls the page live is no proof here ("يشرف مباشرة", "لحظة وصول …"): the entries are.
            if (LiveEntries.IsStamp(document.Lines[block[0]]) && LiveEntries.IsAmongEntries(document, block[0]))
            {
                i = next;
                continue;
            }

            if (LooksLikeHeader(document, block) is { } signal && !OnlyALeadBefore(document, first, i, next))
            {
                // A new article never opens with a paragraph this one printed already: the lines between are the page's
                // furniture inside the article, and the paragraph its repeat. (Cut here, cleaning the cleaned text again cut
                // where another rule had taken the date or byline that hid the furniture the first time.)
                if (RepeatsEarlierParagraph(document, first, block[0], next))
                {
                    i = next;
                    continue;
                }

                if (RepeatedHeadline(document, block) is { } repeated)
                {
                    // A headline printed twice (as the page's title and again as its photo's caption) is how a page starts;
                    // no subheading inside an article is, so the topic of what follows does not need to differ. The new
                    // article starts at the headline: what precedes it in the block ends the article before.
                    document.RemoveFrom(repeated, Id, $"a new article starts at \"{Shorten(document.Lines[repeated].Text)}\": its headline is repeated in its photo caption, as in a page header");
                    return;
                }

                // A dateline is printed once, over an article's lead ("وطنية - صيدا -", "الدوحة في 15 يونيو /قنا/"): a paragraph
                // under a new headline that opens with the lead's own is the next story from the same desk, however close its topic.
                if (LeadDateline(document, first, i, next) is { } dateline && !HasDatedEntries(document, first, ref entries))
                {
                    var restart = NewArticleStart(document, block);
                    document.RemoveFrom(restart, Id, $"a new article starts at \"{Shorten(document.Lines[restart].Text)}\": {signal}, and its first paragraph opens with the article's own dateline (\"{dateline}\")");
                    return;
                }

                // The site's dateline on a line of its own ("المهرة بوست - الغيضة"), as the article's header printed it over the
                // lead ("المهرة بوست - خاص"), under a new headline and its date: the next story from the same desk, however many
                // words (a province, an office) it shares with this one.
                if (!LineShape.OpensRunningText(document.Lines[next].Text) && RepeatedHeaderDateline(document, first, block) is { } desk
                    && !HasDatedEntries(document, first, ref entries))
                {
                    // The article's own source line and share widgets may open the block: the new article starts after them.
                    var afterEnd = NewHeaderAfterEnd(document, block, singleStory: true);
                    var restart = afterEnd >= 0 ? afterEnd : NewArticleStart(document, block);
                    document.RemoveFrom(restart, Id, $"a new article starts at \"{Shorten(document.Lines[restart].Text)}\": {signal}, and the header's own dateline line (\"{desk} - …\") over its lead");
                    return;
                }

                // An article's lead opens on a noun or a verb, never on a connective ("وبهذه النتيجة …", "وقال …"): a paragraph
                // that does continues the text before it, past a video or a widget that looked like a new page's header.
                // Every line that could head it names the article's own subject ("وزارة التربية والتعليم" over a post of the
                // ministry the article reports on): a post, a subheading or a sidebar of this article, not another's header.
                var topic = document.WordsBefore(block[0]);
                if (block.Where(b => IsHeadline(document.Lines[b])).All(b => OnTopic(document, b, topic)))
                {
                    i = next;
                    continue;
                }

                // A whole page header after the article's end (its source line or share widgets, then a headline, then a
                // date): a story from the same beat shares many words with it (a country, a sector, the month), so one
                // paragraph proves nothing, and only text that mostly repeats the article's words continues it.
                var ended = NewHeaderAfterEnd(document, block, !HasDatedEntries(document, first, ref entries));
                var (firstMinimum, restMinimum) = ended >= 0 ? (double.PositiveInfinity, SameBeatCoverage) : (CleaningDocument.SameTopicCoverage, CleaningDocument.RestTopicCoverage);
                if (!LineShape.OpensRunningText(document.Lines[next].Text) && !document.ContinuesTopic(i, next, firstMinimum, restMinimum, out var coverage))
                {
                    if (ended >= 0)
                    {
                        document.RemoveFrom(ended, Id, string.Create(
                            System.Globalization.CultureInfo.InvariantCulture,
                            $"a new article starts at \"{Shorten(document.Lines[ended].Text)}\": a headline and a date or header line after the article's end, and only {coverage:P0} of the following paragraphs' words occur in the article before it"));
                        return;
                    }


                    var start = NewArticleStart(document, block);
                    document.RemoveFrom(start, Id, string.Create(
                        System.Globalization.CultureInfo.InvariantCulture,
                        $"a new article starts at \"{Shorten(document.Lines[start].Text)}\": {signal}, and only {coverage:P0} of the following paragraphs' words occur in the article before it"));
                    return;
                }
            }

            i = next;
        }
    }

    /// <summary>
    /// True when <paramref name="block"/> is another article's card set inside the text: a headline and, under it, a time stamp
    /// with its date ("09:15 GMT 02.10.2025"), and the paragraph after it goes on from the text before it ("وأشار المسؤول …"),
    /// as no new article's lead does.
    /// </summary>
    private static bool IsInlineCard(CleaningDocument document, List<int> block, int next) =>
        block.Count == 2 && IsHeadline(document.Lines[block[0]]) && DateLineRule.IsDateLine(document.Lines[block[1]].Text, out _)
        && LineShape.HasClockTime(document.Lines[block[1]].Text) && LineShape.OpensRunningText(document.Lines[next].Text);

    /// <summary>
    /// The first line of a new article's header <paramref name="block"/>. A last line of the article that lost its full stop
    /// may sit in the block; it opens as a sentence does. So may a short last sentence ("والتحقيق مستمر."): a headline never
    /// ends on a full stop.
    /// </summary>
    private static int NewArticleStart(CleaningDocument document, List<int> block) =>
        block.FirstOrDefault(b => !((LineShape.StartsLikeSentence(document.Lines[b].Text) && document.Lines[b].WordCount >= 5)
            || (LineShape.EndsSentence(document.Lines[b].Text) && !LineShape.EndsWithQuestion(document.Lines[b].Text))), block[0]);

    /// <summary>
    /// True when the paragraph at <paramref name="paragraph"/> is, word for word, a kept paragraph of the article between
    /// <paramref name="first"/> and <paramref name="before"/>.
    /// </summary>
    private static bool RepeatsEarlierParagraph(CleaningDocument document, int first, int before, int paragraph)
    {
        var key = document.Lines[paragraph].Key;
        for (var j = first; j < before; j++)
        {
            if (document.IsKept(j) && document.IsBody(j) && string.Equals(document.Lines[j].Key, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The desk of a dateline line in <paramref name="block"/> ("المهرة بوست - الغيضة": the site's name, a dash, a place) that a
    /// line of the article's header, above its first paragraph <paramref name="first"/>, opens with too ("المهرة بوست - خاص"),
    /// where the block also holds a date line; null otherwise.
    /// </summary>
    private static string? RepeatedHeaderDateline(CleaningDocument document, int first, List<int> block)
    {
        if (!block.Exists(b => DateLineRule.IsDateLine(document.Lines[b].Text, out _)))
        {
            return null;
        }

        foreach (var b in block)
        {
            // The desk is the site's own name ("المهرة بوست" as the masthead prints it, or as the title ends): a place before the
            // dash ("الرياض - حائل", a route under "الرياض - عكاظ") is the article's.
            if (DatelineDesk(document.Lines[b]) is not { } desk || !IsSiteName(document, first, desk))
            {
                continue;
            }

            for (var h = 0; h < first; h++)
            {
                if (!document.Lines[h].IsBlank && string.Equals(DatelineDesk(document.Lines[h]), desk, StringComparison.Ordinal))
                {
                    return desk;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="desk"/> is the site's name: a line of the page's header above <paramref name="first"/> that is
    /// only that name (the masthead), or the title's last part after a dash or a bar ("… - المهرة بوست").
    /// </summary>
    private static bool IsSiteName(CleaningDocument document, int first, string desk)
    {
        for (var h = 0; h < first; h++)
        {
            if (!document.Lines[h].IsBlank && string.Equals(document.Lines[h].Key.Trim(), desk, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return document.IsTitleSiteName(desk);
    }

    /// <summary>The name before the dash of a short dateline line ("المهرة بوست - خاص" gives "المهرة بوست"), or null.</summary>
    private static string? DatelineDesk(DocumentLine line)
    {
        // A labelled line ("المصدر: TRT عربي - وكالات") is the article's source, not a desk over a lead.
        if (line.WordCount > MaxDatelineLineWords || LineShape.EndsSentence(line.Text) || line.Key.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var dash = line.Key.IndexOf(" - ", StringComparison.Ordinal);
        return dash > 0 && line.Key.IndexOf(" - ", dash + 3, StringComparison.Ordinal) < 0 && LineShape.WordCount(line.Key[(dash + 3)..]) is >= 1 and <= 2
            ? line.Key[..dash].Trim()
            : null;
    }

    /// <summary>Most words of a dateline on a line of its own ("المهرة بوست - خاص").</summary>
    private const int MaxDatelineLineWords = 6;

    /// <summary>
    /// The dateline the article's lead and paragraph <paramref name="other"/> both open with, or null. The lead is the first
    /// paragraph or, where that is a caption written as a sentence above it ("جانب من اجتماع الوزير … صباح اليوم."), which
    /// the caption rule only takes later, the second, both before <paramref name="before"/>.
    /// </summary>
    private static string? LeadDateline(CleaningDocument document, int first, int before, int other)
    {
        // The second paragraph only where it opens as a lead does, not as running text ("وقال الوزير:" opens many paragraphs,
        // and shares its colon with a later one), and the first does not open with a dateline of its own.
        var second = document.FirstBodyParagraph(first + 1);
        return SharedDateline(document, first, other)
            ?? (second >= 0 && second < before && !LineShape.OpensRunningText(document.Lines[second].Text) && !LineShape.OpensWithDateline(document.Lines[first].Text)
                ? SharedDateline(document, second, other) : null);
    }

    /// <summary>
    /// The dateline paragraphs <paramref name="lead"/> and <paramref name="other"/> both open with, or null: the same first
    /// words, at most <see cref="MaxDatelineWords"/>, among them a dateline's mark (a dash, a colon, a bar, a bracket or a
    /// slash: "وطنية - صيدا -", "عدن (عدن الغد) خاص:", "الدوحة في 15 يونيو /قنا/"), and then different words.
    /// </summary>
    private static string? SharedDateline(CleaningDocument document, int lead, int other)
    {
        var a = document.Lines[lead].Key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var b = document.Lines[other].Key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (SharedFrom(a, b, 0) is var marked and >= 1)
        {
            return string.Join(' ', a.Take(marked + 1));
        }

        // The same desk filing from another place ("صنعاء - سبتمبر نت:" and "ذمار - سبتمبر نت:"): past the place, the agency's
        // words and marks are the same.
        // The glued story's own lead opens on its subject, not on "وفي …", which goes on from the section before it.
        return SharedFrom(a, b, 1) is var agency and >= 2 && a.Skip(1).Take(agency + 1).Any(static t => t.Any(char.IsLetter))
            && !LineShape.OpensRunningText(string.Join(' ', b.Skip(agency + 2)))
            ? "… " + string.Join(' ', a.Skip(1).Take(agency + 1))
            : null;
    }

    /// <summary>
    /// How many tokens <paramref name="a"/> and <paramref name="b"/> share from <paramref name="from"/> on, up to and including
    /// the last dateline mark among them (at most <see cref="MaxDatelineWords"/>), less one; -1 when none is marked.
    /// </summary>
    private static int SharedFrom(string[] a, string[] b, int from)
    {
        var (shared, marked) = (from, -1);
        while (shared < a.Length - 1 && shared < b.Length - 1 && shared < MaxDatelineWords && string.Equals(a[shared], b[shared], StringComparison.Ordinal))
        {
            if (a[shared].AsSpan().IndexOfAny(DatelineMarks) >= 0)
            {
                marked = shared;
            }

            shared++;
        }

        return marked < 0 ? -1 : marked - from;
    }

    /// <summary>Most words of a dateline (a place, an agency, a date).</summary>
    private const int MaxDatelineWords = 8;

    private static readonly System.Buffers.SearchValues<char> DatelineMarks = System.Buffers.SearchValues.Create("-–—:|()/");

    /// <summary>
    /// True when what precedes the block is one paragraph and what follows it is several times longer: a glued article ends a
    /// page, so the text after the block is the page's article and the paragraph before it a teaser or standfirst printed
    /// above the article's own header (its date, author and photo).
    /// </summary>
    private static bool OnlyALeadBefore(CleaningDocument document, int first, int block, int next)
    {
        var (paragraphsBefore, wordsBefore, wordsAfter) = (0, 0, 0);
        for (var j = first; j < document.Lines.Count; j++)
        {
            if (j == block)
            {
                j = next - 1;
                continue;
            }

            if (!document.IsKept(j) || !document.IsBody(j))
            {
                continue;
            }

            if (j < block)
            {
                paragraphsBefore++;
                wordsBefore += document.Lines[j].WordCount;
            }
            else
            {
                wordsAfter += document.Lines[j].WordCount;
            }
        }

        return paragraphsBefore == 1 && wordsAfter > LeadShare * wordsBefore;
    }

    /// <summary>How many times longer than the one paragraph before it the text after a page header must be to be the article.</summary>
    private const int LeadShare = 3;

    private static string? LooksLikeHeader(CleaningDocument document, List<int> block)
    {
        // A new article has a headline: a block of captions, credits and dates alone is a photo inside this article.
        var headline = block.FindIndex(b => IsHeadline(document.Lines[b]));
        if (headline < 0)
        {
            return null;
        }


        if (block.Count >= 2)
        {
            if (HeaderRepeats(document, block).Count > 0)
            {
                return "lines repeated as in a page header";
            }

            if (block.Exists(b => NavigationRule.IsLogoToken(document.Lines[b].Text)))
            {
                return "a logo token";
            }

            // A row of a table the article introduces ("المعالج\tSnapdragon 7s Gen 4 (4nm)") is no caption.
            if (block.Exists(b => (LineShape.EndsWithCredit(document.Lines[b].Text) && !document.IsTabbedTableRow(b)) || DateLineRule.IsDateLine(document.Lines[b].Text, out _) || DateLineRule.IsTimeStamp(document.Lines[b].Key)))
            {
                return "a headline with a caption or date line";
            }

            if (block.Exists(b => BylineRule.Parse(document.Lines[b].Text) is not null))
            {
                return "a headline with a byline";
            }

            if (block.Exists(b => RepeatsPageHeader(document, b)))
            {
                return "a headline with a line of the page's own header printed again (its dateline or kicker)";
            }
        }

        // The end of an article (share and print widgets, an attribution, a copyright or tag line) and then a headline. An ad
        // slot's label or a video teaser is not an end: both sit between an article's paragraphs, above its subheadings.
        if (block.Take(headline).Any(b => (NavigationRule.IsWidget(document.Lines[b]) && !NavigationRule.IsAdSlot(document.Lines[b]) && !NavigationRule.IsVideoTeaser(document.Lines[b]))
            || AttributionRule.IsAttribution(document.Lines[b].Text)))
        {
            return "a headline after the end-of-article widgets";
        }

        return null;
    }

    /// <summary>
    /// True when line <paramref name="index"/> is the page header's dateline printed again, once, after the article: the place
    /// (or the desk) and the site parted by a dash, bar or slash ("دبي - الحدث.نت", "متابعة / موازين نيوز"), as above the first
    /// paragraph. A second article's header repeats the first's; a kicker or a caption reused as a section's heading does not have the dateline's shape, and a live blog
    /// prints the dateline over every entry.
    /// </summary>
    private static bool RepeatsPageHeader(CleaningDocument document, int index)
    {
        var line = document.Lines[index];
        if (line.WordCount is < 2 or > 8 || NavigationRule.IsWidget(line) || document.RepeatsTitle(index)
            || line.Key.Split(DatelineParts, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is not { Length: 2 } parts
            || !Array.TrueForAll(parts, static p => LineShape.WordCount(p) is >= 1 and <= 4))
        {
            return false;
        }

        var first = document.FirstBodyParagraph();
        var (above, after) = (false, 0);
        for (var j = 0; j < document.Lines.Count; j++)
        {
            if (!document.Lines[j].IsBlank && string.Equals(document.Lines[j].Key, line.Key, StringComparison.Ordinal))
            {
                above |= j < first;
                after += j > first ? 1 : 0;
            }
        }

        return above && after == 1;
    }

    private static readonly string[] DatelineParts = [" - ", " – ", " — ", " | ", " / "];

    /// <summary>Share of a new page's words the article must already hold for it to continue the article (<see cref="NewHeaderAfterEnd"/>).</summary>
    private const double SameBeatCoverage = 0.5;

    /// <summary>
    /// The first line after the article's end markers (<see cref="ClosesArticle"/>, then perhaps share or follow widgets) when a headline
    /// and then a date line follow them in <paramref name="block"/>: the header of another article. -1 when the block is not that.
    /// </summary>
    private static int NewHeaderAfterEnd(CleaningDocument document, List<int> block, bool singleStory)
    {
        // The article's own source line ("المصدر: …") says it has ended, and so, on a page of one story, does its promotion of
        // the site's app or its agency's sign-off (a live blog repeats them between its entries); share and follow widgets
        // may come after it. A video or a photo credit inside the text does not.
        var source = block.FindIndex(b => ClosesArticle(document.Lines[b], singleStory));
        var end = source < 0 ? -1 : block.FindLastIndex(b => NavigationRule.IsWidget(document.Lines[b]) || ClosesArticle(document.Lines[b], singleStory));
        if (end < 0 || end == block.Count - 1)
        {
            return -1;
        }

        var headline = block.FindIndex(end + 1, b => IsHeadline(document.Lines[b]));
        // Under the headline, a date line, or the line that heads this article too ("متابعة / موازين نيوز").
        var dated = headline >= 0 && block.Skip(headline + 1).Any(b => DateLineRule.IsDateLine(document.Lines[b].Text, out _) || DateLineRule.IsTimeStamp(document.Lines[b].Key)
            || RepeatsPageHeader(document, b));
        return dated ? block[end + 1] : -1;
    }

    /// <summary>
    /// A line that says the article has ended: its source ("المصدر: …"), and on a page of one story (<paramref name="singleStory"/>)
    /// a promotion of the site's channels ("تابعوا آخر الأخبار عبر تطبيق …") or a news agency's sign-off ("================ ل.خ").
    /// </summary>
    private static bool ClosesArticle(DocumentLine line, bool singleStory) =>
        AttributionRule.IsAttribution(line.Text) || (singleStory && (FooterRule.IsPromotion(line) || FooterRule.IsWireSignOff(line.Text)));

    /// <summary>Folded words of a headline that announces live coverage.</summary>
    private static readonly string[] LiveWords = Lexicon.List(["مباشر", "مباشرة", "لحظة", "live"]);

    /// <summary>
    /// True when two or more headlines after the first paragraph <paramref name="first"/> have a date line under them: a live
    /// blog's entries or a round-up's items, each with its own dateline, which one glued story at a page's end is not; or
    /// when the headline announces live coverage.
    /// Counted once a page, when first asked (<paramref name="entries"/>).
    /// </summary>
    private static bool HasDatedEntries(CleaningDocument document, int first, ref int? entries)
    {
        if (entries is null)
        {
            // A page its headline calls live coverage ("مباشر | …", "لحظة بلحظة") is a run of entries however few are dated.
            var count = LiveWords.Any(document.TitleTokens.Contains) ? 2 : 0;
            for (var j = first + 1; j < document.Lines.Count && count < 2; j++)
            {
                if (document.IsKept(j) && !document.Lines[j].IsBlank && IsHeadline(document.Lines[j]) && document.NextNonBlank(j) is var under and >= 0
                    && (DateLineRule.IsDateLine(document.Lines[under].Text, out _) || DateLineRule.IsTimeStamp(document.Lines[under].Key)))
                {
                    count++;
                }
            }

            entries = count;
        }

        return entries >= 2;
    }

    /// <summary>
    /// True when most of line <paramref name="line"/>'s content words occur in <paramref name="topic"/> (<see cref="CleaningDocument.WordsBefore"/>).
    /// </summary>
    private static bool OnTopic(CleaningDocument document, int line, HashSet<string> topic)
    {
        var words = document.WordsOf(line);
        return words.Count > 0 && TopicWords.Coverage(words, topic) >= OnTopicHeadline;
    }

    /// <summary>Share of a would-be headline's content words the article already holds from which it is the article's own.</summary>
    private const double OnTopicHeadline = 0.5;

    /// <summary>
    /// The lines of <paramref name="block"/> whose key another line of the block has. A page header repeats its headline,
    /// kicker or site name, none of them a sentence; a short sentence printed twice ("والتحقيقات مستمرة.") is the scraper's
    /// or the writer's, and does not count.
    /// </summary>
    private static List<int> HeaderRepeats(CleaningDocument document, List<int> block)
    {
        var lines = block.Where(b => !LineShape.IsSentence(document.Lines[b].Text)).ToList();
        return [.. lines.Where(b => lines.Exists(o => o != b && string.Equals(document.Lines[o].Key, document.Lines[b].Key, StringComparison.Ordinal)))];
    }

    /// <summary>
    /// Removes the lines the article's own page header repeats (a site name printed twice). They are recorded as lines outside
    /// the body (<see cref="CleaningRules.OutsideBody"/>), which they are: the audit and the datasheet's tallies would
    /// otherwise count a site name as an appended article.
    /// </summary>
    private static void RemoveRepeatedHeaderLines(CleaningDocument document, List<int> block)
    {
        foreach (var line in HeaderRepeats(document, block))
        {
            if (!document.RepeatsTitle(line))
            {
                document.Remove(line, CleaningRules.OutsideBody, "a line repeated in the article's own page header (after a teaser)");
            }
        }
    }

    /// <summary>The first line of a headline the block repeats as a caption with a credit, or null.</summary>
    private static int? RepeatedHeadline(CleaningDocument document, List<int> block)
    {
        var words = block.Select(b => TopicWords.TokenSet(WithoutCredit(document.Lines[b].Text))).ToList();
        for (var a = 0; a < block.Count; a++)
        {
            if (!IsHeadline(document.Lines[block[a]]))
            {
                continue;
            }

            for (var b = 0; b < block.Count; b++)
            {
                // Repeated as its photo's caption: a duplicated subheading alone can be the scraper's (mobile and desktop
                // markup), so it is left to the topic test.
                if (b != a && LineShape.EndsWithCredit(document.Lines[block[b]].Text) && TopicWords.Overlap(words[a], words[b]) >= CleaningDocument.SameHeadline)
                {
                    return block[Math.Min(a, b)];
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A caption without its bracketed credit ("… (تصوير: فلان)"); a credit after a dash or as a last sentence has no bracket
    /// to cut at, so such a line is compared whole.
    /// </summary>
    private static string WithoutCredit(string text)
    {
        if (!LineShape.EndsWithCredit(text))
        {
            return text;
        }

        var trimmed = text.TrimEnd().TrimEnd('.');
        var open = trimmed.EndsWith(')') ? trimmed.LastIndexOf('(') : -1;
        return open > 0 ? text[..open] : text;
    }

    /// <summary>
    /// A line that can head an article: three or more mostly Arabic words, not a caption, credit, date, byline or widget, and
    /// without a post's hashtags or emoji.
    /// </summary>
    private static bool IsHeadline(DocumentLine line) =>
        line.WordCount >= 3 && LineShape.ArabicShare(line.Text) >= 0.5 && !LineShape.IsSentence(line.Text) && !EmbeddedPosts.HasPostMarkup(line.Text)
        && !LineShape.EndsWithCredit(line.Text) && !CaptionRule.IsCreditLine(line) && !DateLineRule.IsDateLine(line.Text, out _) && !DateLineRule.IsTimeStamp(line.Key)
        && BylineRule.Parse(line.Text) is null && !NavigationRule.IsWidget(line) && !AttributionRule.IsAttribution(line.Text);

    /// <summary>
    /// The rest of the case for a story glued under one headline whose lead repeats the article's dateline
    /// (<paramref name="dateline"/>), where a roundup or a story told in sections repeats it too:
    /// <list type="bullet">
    /// <item>the dateline ends on a dash ("السوسنة -", "… بترا -"), as a place and desk do; a colon or a bar ends a label
    /// ("وزير الخارجية:", "عاجل |"), a slash a date ("في أبريل/نيسان");</item>
    /// <item>the title is the lead's story (half its words in the lead), not a roundup's name ("نشرة أخبار المحافظات");</item>
    /// <item>the headline and what follows do not go on with the article's topic;</item>
    /// <item>no later paragraph opens with the dateline again: a bulletin's items do, one glued story is the page's last.</item>
    /// </list>
    /// </summary>
    private static bool IsGluedUnderOwnDateline(CleaningDocument document, int first, int headline, int next, string dateline)
    {
        if (dateline[^1] is not ('-' or '–' or '—') || dateline.Count(char.IsLetter) < MinDatelineLetters
            || TopicWords.Coverage(document.TitleWords, document.WordsOf(first)) < TitleInLead
            || TopicWords.Coverage(document.WordsOf(headline), document.WordsBefore(headline)) >= OffTopicHeadline
            || document.ContinuesTopic(headline, next, out _))
        {
            return false;
        }

        for (var k = document.FirstBodyParagraph(next + 1); k >= 0; k = document.FirstBodyParagraph(k + 1))
        {
            if (LeadDateline(document, first, headline, k) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Share of the title's words the lead holds when the title is the lead's story.</summary>
    private const double TitleInLead = 0.5;

    /// <summary>
    /// Fewest letters of a desk's dateline: an interview's "س -" and "ج -" open every question and answer, and are no
    /// dateline.
    /// </summary>
    private const int MinDatelineLetters = 3;

    /// <summary>
    /// Share of the glued headline's content words the article already holds from which it may be the article's own section
    /// (an update on the same story, "حالة أحد المصابين حرجة"), however its paragraph opens.
    /// </summary>
    private const double OffTopicHeadline = 0.2;

    /// <summary>
    /// True when a dateline's mark (a dash, a bar, a slash or a colon) comes early in <paramref name="text"/>: the cheap test
    /// before <see cref="LeadDateline"/> splits the paragraph into words.
    /// </summary>
    private static bool HasDatelineMark(string text) => text.AsSpan(0, Math.Min(text.Length, MaxDatelineChars)).IndexOfAny(DatelineMarks) >= 0;

    /// <summary>Characters within which a dateline's mark comes (<see cref="MaxDatelineWords"/> words of fourteen letters at most).</summary>
    private const int MaxDatelineChars = 120;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
