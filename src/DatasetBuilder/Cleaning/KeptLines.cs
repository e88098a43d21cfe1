using System.Collections;

namespace DatasetBuilder.Cleaning;

/// <summary>
/// The indices of a document's kept lines in text order (<see cref="CleaningDocument.Kept"/>), read live: a line removed
/// before the walk reaches it is skipped. Every rule removes only the line it is looking at, so walking live gives the same
/// lines as walking a copy taken first, without the copy. <c>foreach</c> uses the struct enumerator and allocates nothing.
/// </summary>
public readonly struct KeptLines : IEnumerable<int>
{
    private readonly CleaningDocument _document;

    internal KeptLines(CleaningDocument document) => _document = document;

    public Enumerator GetEnumerator() => new(_document);

    IEnumerator<int> IEnumerable<int>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the kept lines; see <see cref="KeptLines"/>.</summary>
    public struct Enumerator : IEnumerator<int>
    {
        private readonly CleaningDocument _document;
        private int _index;

        internal Enumerator(CleaningDocument document)
        {
            _document = document;
            _index = -1;
        }

        public readonly int Current => _index;

        readonly object IEnumerator.Current => _index;

        public bool MoveNext()
        {
            var count = _document.Lines.Count;
            while (++_index < count)
            {
                if (_document.IsKept(_index))
                {
                    return true;
                }
            }

            return false;
        }

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
