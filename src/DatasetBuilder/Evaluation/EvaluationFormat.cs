namespace DatasetBuilder.Evaluation;

/// <summary>Output formats of <c>eval</c>.</summary>
public enum EvaluationFormat
{
    /// <summary>For people: figures, a table, the worst cases.</summary>
    Text,

    /// <summary>One JSON document (<see cref="EvaluationJsonWriter.Format"/>).</summary>
    Json,
}
