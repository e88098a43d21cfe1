namespace DatasetBuilder.Deduplication;

/// <summary>Disjoint sets over 0..n-1 with path halving and union by size: near-constant time per operation, n integers of memory.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;
    private readonly int[] _size;

    public UnionFind(int count)
    {
        _parent = new int[count];
        _size = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
            _size[i] = 1;
        }
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    /// <summary>Joins the sets of <paramref name="x"/> and <paramref name="y"/>; false when they were already one set.</summary>
    public bool Union(int x, int y)
    {
        var rx = Find(x);
        var ry = Find(y);
        if (rx == ry)
        {
            return false;
        }

        if (_size[rx] < _size[ry])
        {
            (rx, ry) = (ry, rx);
        }

        _parent[ry] = rx;
        _size[rx] += _size[ry];
        return true;
    }
}
