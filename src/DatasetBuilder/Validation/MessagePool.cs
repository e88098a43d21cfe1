using System.Collections.Concurrent;
using DatasetBuilder.Model;

namespace DatasetBuilder.Validation;

/// <summary>
/// One string for every finding that says the same thing. A corpus's warnings are mostly the same few messages (a million
/// articles without a url are a million "url is null; add …"), and each rule formats a new string per file: kept for the
/// report, they were hundreds of bytes per finding. At most <paramref name="capacity"/> distinct messages are pooled; the rest
/// (messages that quote a value) are kept as they are. Thread-safe.
/// </summary>
internal sealed class MessagePool(int capacity = MessagePool.DefaultCapacity)
{
    public const int DefaultCapacity = 4096;

    private readonly ConcurrentDictionary<string, string> _messages = new(StringComparer.Ordinal);

    /// <summary>The finding, with its message shared with the earlier findings that have the same one.</summary>
    public Diagnostic Share(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (_messages.TryGetValue(diagnostic.Message, out var shared))
        {
            return ReferenceEquals(shared, diagnostic.Message) ? diagnostic : diagnostic with { Message = shared };
        }

        if (_messages.Count < capacity)
        {
            _messages.TryAdd(diagnostic.Message, diagnostic.Message);
        }

        return diagnostic;
    }
}
