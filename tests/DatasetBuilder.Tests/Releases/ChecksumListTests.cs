using System.Diagnostics;
using DatasetBuilder.Releases;
using DatasetBuilder.Tests.Pipeline;
using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Releases;

public sealed class ChecksumListTests
{
    [Fact]
    public void Write_Files_IsSha256sumFormatSkippingItself()
    {
        var text = ChecksumList.Write([new ManifestFile("README.md", 3, "aa"), new ManifestFile(ChecksumList.FileName, 1, "bb"), new ManifestFile("data/x.parquet", 9, "cc")]);

        text.ShouldBe("aa  README.md\ncc  data/x.parquet\n");
    }

    /// <summary>The command the card gives a reader, run for real with coreutils' sha256sum on a fresh release.</summary>
    [Fact]
    public async Task Release_Sha256sumCheck_PassesAndCoversEveryFileButTheManifest()
    {
        using var temp = new TempDirectory();
        var release = (await ReleaseBuilds.Build(TestCorpus.CopyRepositoryData(temp), temp.Combine("dist"))).ReleaseDirectory!;
        var listed = File.ReadAllLines(Path.Combine(release, ChecksumList.FileName)).Select(static l => l[66..]).ToList();

        var (exit, output) = await Sha256sumCheck(release);

        exit.ShouldBe(0, output);
        listed.ShouldBe(ReleaseBuilds.Snapshot(release).Keys.Where(static k => k is not (Manifest.FileName or ChecksumList.FileName)).ToList());
        listed.ShouldContain(LicenseFileName);
        new ReleaseVerifier().Verify(release).ShouldBeEmpty();

        File.AppendAllText(Path.Combine(release, "README.md"), " ");
        (await Sha256sumCheck(release)).Exit.ShouldNotBe(0);
    }

    private const string LicenseFileName = DatasetBuilder.Datasheet.LicenseFile.FileName;

    private static async Task<(int Exit, string Output)> Sha256sumCheck(string release)
    {
        var start = new ProcessStartInfo("sha256sum") { WorkingDirectory = release, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(ChecksumList.FileName);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
