namespace DatasetBuilder.Benchmarks;

/// <summary>Where a generated corpus is and what it holds.</summary>
internal sealed record GeneratedCorpus(string DataDirectory, string NdjsonPath, int Articles, long RawTextBytes, int NearDuplicates, int ExactDuplicates, int Invalid);
