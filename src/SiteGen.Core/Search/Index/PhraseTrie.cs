namespace SiteGen.Core.Search.Index;

/// <summary>
/// The frequent phrases as an Aho-Corasick automaton over characters: one step per character of a text finds every
/// phrase that ends there, where walking the trie from every position took five steps a character (template text
/// holds a frequent phrase at almost every position, at every length). The root's children are an array by
/// character, every other node's children a short sorted run of a flat array (most nodes of template text have one or
/// two); each node has a failure link (the node of its longest proper suffix) and an output link (the nearest node
/// along the failure links where a phrase ends).
/// </summary>
internal sealed class PhraseTrie
{
    private readonly int[] _roots = new int[0x10000];
    private readonly int[] _firstChild;
    private readonly int[] _childCount;
    private readonly char[] _childChars;
    private readonly int[] _childNodes;
    private readonly int[] _phraseOfNode;
    private readonly int[] _failure;
    private readonly int[] _output;

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

        (_failure, _output) = (new int[children.Count], new int[children.Count]);
        Link();
    }

    /// <summary>
    /// Sets the failure and output links breadth first, so that a node's suffixes, being shorter, are linked before
    /// it.
    /// </summary>
    private void Link()
    {
        var queue = new Queue<int>();
        _output[0] = -1;
        queue.Enqueue(0);
        while (queue.TryDequeue(out var node))
        {
            for (var at = _firstChild[node]; at < _firstChild[node] + _childCount[node]; at++)
            {
                var child = _childNodes[at];
                var suffix = node == 0 ? 0 : Next(_failure[node], _childChars[at]);
                _failure[child] = suffix;
                _output[child] = _phraseOfNode[suffix] >= 0 ? suffix : _output[suffix];
                queue.Enqueue(child);
            }
        }
    }

    /// <summary>
    /// The automaton's state after one more character: the node of the longest suffix of the text so far that is a
    /// prefix of a phrase (0, the root, for none).
    /// </summary>
    public int Next(int node, char c)
    {
        while (true)
        {
            var next = Step(node, c);
            if (next >= 0)
            {
                return next;
            }

            if (node == 0)
            {
                return 0;
            }

            node = _failure[node];
        }
    }

    /// <summary>
    /// The next node along the failure links, from <paramref name="node"/> excluded, where a phrase ends, or -1: with
    /// <see cref="PhraseAt"/> of the node itself, every phrase that ends at the current character.
    /// </summary>
    public int Output(int node) => _output[node];

    /// <summary>The child of <paramref name="node"/> (0: the root) by one character, or -1.</summary>
    private int Step(int node, char c)
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
