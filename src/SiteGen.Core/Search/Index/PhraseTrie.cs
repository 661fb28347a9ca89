namespace SiteGen.Core.Search.Index;

/// <summary>
/// The frequent phrases as a trie over characters, so that finding every phrase that starts at a position costs one
/// step per character: the root's children are an array by character, every other node's children a short sorted run
/// of a flat array (most nodes of template text have one or two). Looking each length up as a string hashed the same
/// characters again and again, and template text holds a frequent phrase at almost every position, at every length.
/// </summary>
internal sealed class PhraseTrie
{
    private readonly int[] _roots = new int[0x10000];
    private readonly int[] _firstChild;
    private readonly int[] _childCount;
    private readonly char[] _childChars;
    private readonly int[] _childNodes;
    private readonly int[] _phraseOfNode;

    public PhraseTrie(IReadOnlyList<string> phrases)
    {
        // Built as dictionaries first, then flattened with each node's children in character order.
        var children = new List<SortedDictionary<char, int>> { new() };
        var phraseOf = new List<int> { -1 };
        for (var id = 0; id < phrases.Count; id++)
        {
            var node = 0;
            foreach (var c in phrases[id])
            {
                if (!children[node].TryGetValue(c, out var child))
                {
                    child = children.Count;
                    children.Add([]);
                    phraseOf.Add(-1);
                    children[node][c] = child;
                }

                node = child;
            }

            phraseOf[node] = id;
        }

        _phraseOfNode = [.. phraseOf];
        _firstChild = new int[children.Count];
        _childCount = new int[children.Count];
        _childChars = new char[children.Count];
        _childNodes = new int[children.Count];
        var at = 0;
        for (var node = 0; node < children.Count; node++)
        {
            (_firstChild[node], _childCount[node]) = (at, children[node].Count);
            foreach (var (c, child) in children[node])
            {
                (_childChars[at], _childNodes[at]) = (c, child);
                at++;
            }
        }

        Array.Fill(_roots, -1);
        foreach (var (c, child) in children[0])
        {
            _roots[c] = child;
        }
    }

    /// <summary>The node reached from <paramref name="node"/> (0: the root) by one character, or -1.</summary>
    public int Step(int node, char c)
    {
        if (node == 0)
        {
            return _roots[c];
        }

        int lo = _firstChild[node], hi = lo + _childCount[node] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (_childChars[mid] == c)
            {
                return _childNodes[mid];
            }

            if (_childChars[mid] < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>The phrase that ends at a node, or -1.</summary>
    public int PhraseAt(int node) => _phraseOfNode[node];
}
