namespace DatasetBuilder.Validation;

/// <summary>The three kinds of input file, each with its own JSON Schema in <c>schema/</c>.</summary>
public enum SchemaKind
{
    Article,
    Source,
    Dataset,
}
