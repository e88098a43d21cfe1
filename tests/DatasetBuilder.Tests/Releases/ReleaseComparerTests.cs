using DatasetBuilder.Releases;

namespace DatasetBuilder.Tests.Releases;

public sealed class ReleaseComparerTests
{
    private static readonly ColumnDescriptor[] Columns = [new("id", "string"), new("text", "string")];

    private static RecordFingerprint Record(string id, string text = "t", string title = "h", string metadata = "m") => new(id, text, title, metadata);

    private static ReleaseSnapshot Previous(params RecordFingerprint[] records) => new("1.2.3", Columns, records);

    [Fact]
    public void Compare_NoPreviousRelease_IsInitialAndProposesOneZeroZero()
    {
        var changes = ReleaseComparer.Compare(null, Columns, [Record("a"), Record("b")], "1.0.0");
        changes.Bump.ShouldBe(VersionBump.Initial);
        changes.Added.ShouldBe(["a", "b"]);
        ReleaseComparer.Next(null, changes.Bump).ToString().ShouldBe("1.0.0");
    }

    [Fact]
    public void Compare_SameRecords_IsPatch()
    {
        var changes = ReleaseComparer.Compare(Previous(Record("a")), Columns, [Record("a")], "x");
        changes.Bump.ShouldBe(VersionBump.Patch);
        changes.Unchanged.ShouldBe(1);
        ReleaseComparer.Next(new ReleaseVersion(1, 2, 3), changes.Bump).ToString().ShouldBe("1.2.4");
    }

    [Fact]
    public void Compare_RecordsOnlyAdded_IsMinor()
    {
        var changes = ReleaseComparer.Compare(Previous(Record("a")), Columns, [Record("a"), Record("b")], "x");
        changes.Bump.ShouldBe(VersionBump.Minor);
        changes.Added.ShouldBe(["b"]);
        ReleaseComparer.Next(new ReleaseVersion(1, 2, 3), changes.Bump).ToString().ShouldBe("1.3.0");
    }

    [Fact]
    public void Compare_RecordRemoved_IsMajor()
    {
        var changes = ReleaseComparer.Compare(Previous(Record("a"), Record("b")), Columns, [Record("a")], "x");
        changes.Bump.ShouldBe(VersionBump.Major);
        changes.Removed.ShouldBe(["b"]);
        ReleaseComparer.Next(new ReleaseVersion(1, 2, 3), changes.Bump).ToString().ShouldBe("2.0.0");
    }

    [Theory]
    [InlineData("T", "h", "m", "text")]
    [InlineData("t", "H", "m", "title")]
    [InlineData("t", "h", "M", "metadata")]
    [InlineData("T", "H", "M", "text,title,metadata")]
    public void Compare_RecordEdited_IsMajorAndNamesWhatChanged(string text, string title, string metadata, string expected)
    {
        var changes = ReleaseComparer.Compare(Previous(Record("a")), Columns, [Record("a", text, title, metadata)], "x");
        changes.Bump.ShouldBe(VersionBump.Major);
        string.Join(",", changes.Changed.ShouldHaveSingleItem().Fields).ShouldBe(expected);
    }

    [Fact]
    public void Compare_ColumnRetyped_IsMajorEvenWithSameRecords()
    {
        ColumnDescriptor[] retyped = [new("id", "string"), new("text", "int32")];
        var changes = ReleaseComparer.Compare(Previous(Record("a")), retyped, [Record("a")], "x");
        changes.Bump.ShouldBe(VersionBump.Major);
        changes.ColumnChanges.ShouldBe(["~text string→int32"]);
    }

    [Fact]
    public void Compare_ColumnAdded_IsMinorByCroissantRules()
    {
        ColumnDescriptor[] extended = [.. Columns, new("topic", "string?")];
        var changes = ReleaseComparer.Compare(Previous(Record("a")), extended, [Record("a")], "x");
        changes.Bump.ShouldBe(VersionBump.Minor);
        changes.ColumnChanges.ShouldBe(["+topic string?"]);
        ReleaseComparer.Next(new ReleaseVersion(1, 2, 3), changes.Bump).ToString().ShouldBe("1.3.0");
    }

    [Fact]
    public void Compare_ColumnRemoved_IsMajor()
    {
        var changes = ReleaseComparer.Compare(Previous(Record("a")), [new("id", "string")], [Record("a")], "x");
        changes.Bump.ShouldBe(VersionBump.Major);
        changes.ColumnChanges.ShouldBe(["-text string"]);
    }

    [Fact]
    public void Compare_ColumnAddedButRecordEdited_IsMajor()
    {
        ColumnDescriptor[] extended = [.. Columns, new("topic", "string?")];
        var changes = ReleaseComparer.Compare(Previous(Record("a")), extended, [Record("a", text: "T")], "x");
        changes.Bump.ShouldBe(VersionBump.Major);
    }

    [Fact]
    public void Compare_ListingsOutOfIdOrder_SameChangesAsInOrder()
    {
        RecordFingerprint[] before = [Record("c"), Record("a", text: "old"), Record("d"), Record("b")];
        RecordFingerprint[] after = [Record("e"), Record("b"), Record("a", text: "new"), Record("c", title: "other")];

        var shuffled = ReleaseComparer.Compare(Previous(before), Columns, after, "x");
        var ordered = ReleaseComparer.Compare(Previous([.. before.OrderBy(static r => r.Id, StringComparer.Ordinal)]), Columns, [.. after.OrderBy(static r => r.Id, StringComparer.Ordinal)], "x");

        shuffled.Added.ShouldBe(["e"]);
        shuffled.Removed.ShouldBe(["d"]);
        shuffled.Changed.Select(static c => $"{c.Id}:{string.Join('+', c.Fields)}").ShouldBe(["a:text", "c:title"]);
        shuffled.Unchanged.ShouldBe(1);
        shuffled.Added.ShouldBe(ordered.Added);
        shuffled.Removed.ShouldBe(ordered.Removed);
        shuffled.Changed.Select(static c => c.Id).ShouldBe(ordered.Changed.Select(static c => c.Id));
    }

    [Fact]
    public void Compare_PreviousListsAnIdTwice_RefusesNamingIt()
    {
        var error = Should.Throw<InvalidDataException>(() => ReleaseComparer.Compare(Previous(Record("b"), Record("a"), Record("b")), Columns, [Record("a")], "x"));

        error.Message.ShouldContain("\"b\" twice");
        error.Message.ShouldContain("1.2.3");
    }

    [Fact]
    public void Compare_CompactListings_SameChangesAsPlainOnes()
    {
        static string Hash(int i) => System.Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.BitConverter.GetBytes(i)));
        var before = Enumerable.Range(0, 300).Select(i => new RecordFingerprint($"id-{i:D4}", Hash(i), Hash(i + 1), Hash(i + 2))).ToList();
        var after = Enumerable.Range(100, 300).Select(i => new RecordFingerprint($"id-{i:D4}", Hash(i % 7 == 0 ? -i : i), Hash(i + 1), Hash(i + 2))).ToList();
        var compactBefore = new RecordFingerprintList();
        var compactAfter = new RecordFingerprintList(after.Count);
        before.ForEach(compactBefore.Add);
        after.ForEach(compactAfter.Add);

        var plain = ReleaseComparer.Compare(Previous([.. before]), Columns, after, "x");
        var compact = ReleaseComparer.Compare(new ReleaseSnapshot("1.2.3", Columns, compactBefore), Columns, compactAfter, "x");

        compact.Added.ShouldBe(plain.Added);
        compact.Removed.ShouldBe(plain.Removed);
        compact.Changed.Select(static c => c.Id).ShouldBe(plain.Changed.Select(static c => c.Id));
        compact.Unchanged.ShouldBe(plain.Unchanged);
        plain.Added.Count.ShouldBe(100);
        plain.Removed.Count.ShouldBe(100);
        plain.Changed.Count.ShouldBe(28);
    }
}
