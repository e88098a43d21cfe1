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
}
