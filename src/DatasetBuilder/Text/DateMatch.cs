using DatasetBuilder.Model;

namespace DatasetBuilder.Text;

/// <summary>A date expression found in a text: where it is (UTF-16 offsets into the original text) and what date it denotes.</summary>
public sealed record DateMatch(int Start, int Length, PartialDate Date);
