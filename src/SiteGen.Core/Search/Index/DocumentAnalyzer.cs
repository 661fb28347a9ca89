using System.Runtime.InteropServices;
using System.Text;

namespace SiteGen.Core.Search.Index;

/// <summary>
/// Splits a search document into the terms <see cref="IndexedTerms"/> describes, plus the frequent phrases, in one
/// pass over each field's runes and without a string per token (terms are <see cref="TermKey"/>s). Positions run
/// through the fields in order with a gap between them (<see cref="FieldGap"/>), so a phrase never matches across two
/// fields. One analyzer per thread: it reuses its buffers from document to document.
/// </summary>
internal sealed class DocumentAnalyzer
{
    public const int FieldGap = 2;

    private readonly SlotMap _slots = new();
    private readonly Func<long, int> _newSlot;
    private readonly int[] _charSlots = new int[0x10000];
    private readonly int[] _charStamps = new int[0x10000];
    private int _document;
    private int _slotCount;
    private readonly List<int> _han = [];
    private long[] _keys = new long[4096];
    private int[] _frequencies = new int[3 * 4096];
    private int[] _occurrenceSlots = new int[8192];
    private int[] _occurrencePositions = new int[8192];
    private int _occurrences;
    private char[] _word = new char[64];
    private int[] _lengths = new int[DocumentTerms.Fields];
    private int[] _order = [];
    private readonly int[] _phraseCounts;
    private readonly int[] _phraseStamps; // the last document each phrase was found in
    private readonly List<int> _phrasesFound = []; // this document's closed phrases, in the order first found
    private readonly List<int> _pointersFound = []; // and its pointer phrases, which count only as present
    private readonly bool[] _pointers; // by phrase id: a pointer phrase (PhraseSet.TargetOf)
    private readonly TermTable _table;
    private readonly int _partitions;
    private int[] _partitionOf = [];
    private int[] _next = [];

    public DocumentAnalyzer(TermTable table, int partitions)
    {
        (_table, _partitions) = (table, partitions);
        _phraseCounts = new int[table.Phrases.Count * DocumentTerms.Fields];
        _phraseStamps = new int[table.Phrases.Count];
        _pointers = [.. Enumerable.Range(0, table.Phrases.Count).Select(id => table.Phrases.TargetOf(id) >= 0)];
        PointerCounts = new int[table.Phrases.Count];
        _newSlot = NewSlot;
    }

    /// <summary>In how many of the documents this analyzer saw each pointer phrase stands.</summary>
    public int[] PointerCounts { get; }

    /// <param name="into">Where to put the result; its arrays are reused (a new one if null).</param>
    public DocumentTerms Analyze(SearchDocument document, DocumentTerms? into = null)
    {
        _slots.Clear();
        _slotCount = 0;
        _document++;
        _occurrences = 0;
        _lengths = new int[DocumentTerms.Fields];
        var fields = document.FieldTexts;
        var offset = 0;
        for (var f = 0; f < fields.Count; f++)
        {
            offset += Field(fields[f].Normalize(NormalizationForm.FormKC), f, offset) + FieldGap;
        }

        into ??= new DocumentTerms();
        AddPhrases(into);
        Collect(into);
        return into;
    }

    /// <summary>Adds one field's terms; returns its length in code points.</summary>
    private int Field(string text, int field, int offset)
    {
        var position = 0;
        var utf16 = 0;
        var hanStart = 0; // position of the current Han run
        var bmpStart = -1; // UTF-16 index where the current run of BMP Han characters (for phrases) starts
        var wordStart = -1;
        var wordLength = 0;
        _han.Clear();
        foreach (var rune in text.EnumerateRunes())
        {
            var han = ChineseTokenizer.IsHan(rune.Value);
            if (!han && _han.Count > 0)
            {
                Phrases(text, bmpStart, utf16, field);
                bmpStart = -1;
                HanRun(hanStart, field, offset);
            }

            if (han)
            {
                if (_han.Count == 0)
                {
                    hanStart = position;
                }

                if (!rune.IsBmp)
                {
                    Phrases(text, bmpStart, utf16, field);
                    bmpStart = -1;
                }
                else if (bmpStart < 0)
                {
                    bmpStart = utf16;
                }
            }

            var word = !han && ChineseTokenizer.IsWordCharacter(rune);
            if (!word && wordStart >= 0)
            {
                Word(wordStart, wordLength, field, offset);
                wordStart = -1;
            }

            if (han)
            {
                _han.Add(rune.Value);
            }
            else if (word)
            {
                if (wordStart < 0)
                {
                    (wordStart, wordLength) = (position, 0);
                }

                var lower = Rune.ToLowerInvariant(rune);
                if (_word.Length - wordLength < 2)
                {
                    Array.Resize(ref _word, _word.Length * 2);
                }

                wordLength += lower.EncodeToUtf16(_word.AsSpan(wordLength));
            }
            else if (!Rune.IsWhiteSpace(rune))
            {
                Add(TermKey.OfCodePoint(rune.Value), field, offset + position, keep: true);
            }

            position++;
            utf16 += rune.Utf16SequenceLength;
        }

        if (_han.Count > 0)
        {
            Phrases(text, bmpStart, utf16, field);
            HanRun(hanStart, field, offset);
        }

        if (wordStart >= 0)
        {
            Word(wordStart, wordLength, field, offset);
        }

        return position;
    }

    /// <summary>
    /// A Han run: its bigrams (or the character of a one-character run), and every character on its own, whose
    /// position is kept only at the run's edges (<see cref="IndexedTerms"/>).
    /// </summary>
    private void HanRun(int start, int field, int offset)
    {
        var run = CollectionsMarshal.AsSpan(_han);
        if (run.Length == 1)
        {
            Add(TermKey.OfCodePoint(run[0]), field, offset + start, keep: true);
            _lengths[field]++;
        }
        else
        {
            for (var j = 0; j + 1 < run.Length; j++)
            {
                Add(TermKey.OfBigram(run[j], run[j + 1]), field, offset + start + j, keep: true);
            }

            _lengths[field] += run.Length - 1;
            for (var j = 0; j < run.Length; j++)
            {
                Add(TermKey.OfCodePoint(run[j]), field, offset + start + j, keep: j == 0 || j == run.Length - 1);
            }
        }

        _han.Clear();
    }

    private void Word(int start, int length, int field, int offset)
    {
        Add(TermKey.OfWord(_table.WordId(_word.AsSpan(0, length))), field, offset + start, keep: true);
        _lengths[field]++;
    }

    /// <summary>
    /// Counts the frequent phrases in a run of BMP Han characters (text[from..to]); phrases keep no positions. Counts
    /// go to a table by phrase id, added as terms once per document (<see cref="AddPhrases"/>): a phrase stands at
    /// almost every position of template text, and a dictionary lookup per occurrence was most of the analysis.
    /// </summary>
    private void Phrases(string text, int from, int to, int field)
    {
        if (from < 0 || _table.Phrases.Count == 0)
        {
            return;
        }

        var trie = _table.Phrases.Trie;
        var node = 0;
        for (var i = from; i < to; i++)
        {
            node = trie.Next(node, text[i]);
            for (var end = trie.PhraseAt(node) >= 0 ? node : trie.Output(node); end > 0; end = trie.Output(end))
            {
                var id = trie.PhraseAt(end);
                var pointer = _pointers[id];
                if (_phraseStamps[id] != _document)
                {
                    _phraseStamps[id] = _document;
                    (pointer ? _pointersFound : _phrasesFound).Add(id);
                }

                if (!pointer)
                {
                    _phraseCounts[(id * DocumentTerms.Fields) + field]++;
                }
            }
        }
    }

    /// <summary>
    /// Adds the closed phrases found as terms; of a pointer phrase (<see cref="PhraseSet.TargetOf"/>) only its
    /// presence counts (in <see cref="PointerCounts"/>): a report holds thousands of template phrases, most of them
    /// pointers, and a posting for each made them most of the index's work.
    /// </summary>
    private void AddPhrases(DocumentTerms into)
    {
        into.PointerPhrases.Clear();
        into.PointerPhrases.AddRange(_pointersFound);
        foreach (var id in _pointersFound)
        {
            PointerCounts[id]++;
        }

        // Each phrase is in the list once, so it takes a new slot without asking the slot table: 2,200 lookups a
        // report fewer. No other term has a phrase's key, and a phrase keeps no positions.
        foreach (var id in _phrasesFound)
        {
            var slot = -1;
            for (var f = 0; f < DocumentTerms.Fields; f++)
            {
                ref var count = ref _phraseCounts[(id * DocumentTerms.Fields) + f];
                if (count > 0)
                {
                    slot = slot < 0 ? NewSlot(TermKey.OfPhrase(id)) : slot;
                    _frequencies[(slot * DocumentTerms.Fields) + f] += count;
                    count = 0;
                }
            }
        }

        _phrasesFound.Clear();
        _pointersFound.Clear();
    }

    private void Add(long key, int field, int position, bool keep, int count = 1)
    {
        int slot;
        if (key < 0x10000)
        {
            // A character of the BMP: its slot from a table by character, stamped with the document, not a lookup.
            if (_charStamps[key] == _document)
            {
                slot = _charSlots[key];
            }
            else
            {
                _charStamps[key] = _document;
                slot = _charSlots[key] = NewSlot(key);
            }
        }
        else
        {
            slot = _slots.SlotOf(key, _newSlot);
        }

        _frequencies[(slot * DocumentTerms.Fields) + field] += count;
        if (keep)
        {
            if (_occurrences == _occurrenceSlots.Length)
            {
                Array.Resize(ref _occurrenceSlots, _occurrences * 2);
                Array.Resize(ref _occurrencePositions, _occurrences * 2);
            }

            _occurrenceSlots[_occurrences] = slot;
            _occurrencePositions[_occurrences++] = position;
        }
    }

    private int NewSlot(long key)
    {
        var slot = _slotCount++;
        if (slot == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
            Array.Resize(ref _frequencies, _frequencies.Length * 2);
        }

        _keys[slot] = key;
        _frequencies.AsSpan(slot * DocumentTerms.Fields, DocumentTerms.Fields).Clear();
        return slot;
    }

    /// <summary>Orders the terms by partition and each term's positions after it (counting sorts: stable, linear).</summary>
    private void Collect(DocumentTerms into)
    {
        var count = _slotCount;
        var (keys, frequencies, positionStarts, positions) = into.Reset(count, _occurrences, _partitions, _lengths);
        var partitionStarts = into.PartitionStarts;
        Grow(ref _order, count);
        Grow(ref _partitionOf, count);
        for (var s = 0; s < count; s++)
        {
            _partitionOf[s] = TermKey.Partition(_keys[s], _partitions);
            partitionStarts[_partitionOf[s] + 1]++;
        }

        for (var p = 0; p < _partitions; p++)
        {
            partitionStarts[p + 1] += partitionStarts[p];
        }

        Grow(ref _next, _partitions + 1);
        partitionStarts.CopyTo(_next, 0);
        for (var s = 0; s < count; s++)
        {
            _order[s] = _next[_partitionOf[s]]++; // slot → index in the output
        }

        for (var s = 0; s < count; s++)
        {
            keys[_order[s]] = _keys[s];
            _frequencies.AsSpan(s * DocumentTerms.Fields, DocumentTerms.Fields).CopyTo(frequencies.AsSpan(_order[s] * DocumentTerms.Fields));
        }

        for (var o = 0; o < _occurrences; o++)
        {
            positionStarts[_order[_occurrenceSlots[o]] + 1]++;
        }

        for (var i = 0; i < count; i++)
        {
            positionStarts[i + 1] += positionStarts[i];
        }

        Grow(ref _next, count);
        positionStarts.AsSpan(0, count).CopyTo(_next);
        for (var o = 0; o < _occurrences; o++)
        {
            positions[_next[_order[_occurrenceSlots[o]]]++] = _occurrencePositions[o];
        }
    }

    private static void Grow(ref int[] array, int length)
    {
        if (array.Length < length)
        {
            array = new int[length * 5 / 4];
        }
    }
}
