namespace SiteGen.Core.Search.Index;

/// <summary>
/// The frequent phrases as a trie over characters: finding every phrase that starts at a position costs one small
/// integer-keyed lookup per character, where looking each length up as a string hashed the same characters again
/// and again (template text holds a frequent phrase at almost every position, at every length from 3 to 8).
/// </summary>
internal sealed class PhraseTrie
{
    private readonly Dictionary<long, int> _children = [];
    private readonly List<int> _phraseOfNode = [-1];

    // The root's children by character: the first step at every position, so an array and not a lookup.
    private readonly int[] _roots = new int[0x10000];

    public PhraseTrie(IReadOnlyList<string> phrases)
    {
        for (var id = 0; id < phrases.Count; id++)
        {
            var node = 0;
            foreach (var c in phrases[id])
            {
                if (!_children.TryGetValue(Edge(node, c), out var child))
                {
                    child = _phraseOfNode.Count;
                    _phraseOfNode.Add(-1);
                    _children[Edge(node, c)] = child;
                }

                node = child;
            }

            _phraseOfNode[node] = id;
        }

        Array.Fill(_roots, -1);
        foreach (var (edge, child) in _children.Where(e => e.Key >> 16 == 0))
        {
            _roots[(char)edge] = child;
        }
    }

    /// <summary>The node reached from <paramref name="node"/> (0: the root) by one character, or -1.</summary>
    public int Step(int node, char c) => node == 0 ? _roots[c] : _children.TryGetValue(Edge(node, c), out var child) ? child : -1;

    /// <summary>The phrase that ends at a node, or -1.</summary>
    public int PhraseAt(int node) => _phraseOfNode[node];

    private static long Edge(int node, char c) => ((long)node << 16) | c;
}
