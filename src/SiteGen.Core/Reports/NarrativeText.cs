using System.Runtime.InteropServices;
using SiteGen.Core.TempFiles;

namespace SiteGen.Core.Reports;

/// <summary>
/// A report's Markdown body: the string itself, or where a one-off build keeps it in its temporary file
/// (<see cref="NarrativeStore"/>). Each step that reads <see cref="Text"/> gets a string of its own for as long as it
/// needs it; between the steps the bodies are on disk, not in the heap (137 MB of 506 MB live at the start of the
/// search index at 10,000 reports, issue 8).
/// </summary>
public sealed class NarrativeText : IEquatable<NarrativeText>
{
    public static readonly NarrativeText Empty = new("");

    private readonly string? _text;
    private readonly SpillFile? _file;
    private readonly long _offset;

    public NarrativeText(string text)
    {
        _text = text;
        Length = text.Length;
    }

    internal NarrativeText(SpillFile file, string text)
    {
        _file = file;
        (_offset, Length) = file.Append(text);
    }

    /// <summary>In UTF-16 code units, as <see cref="string.Length"/>.</summary>
    public int Length { get; }

    /// <summary>True when the text is in the temporary file and each read allocates it again.</summary>
    public bool IsKeptAside => _file is not null;

    public string Text => _text ?? string.Create(Length, this, static (chars, self) => self._file!.Read(self._offset, MemoryMarshal.AsBytes(chars)));

    /// <summary>Equal texts are equal wherever they are kept.</summary>
    public bool Equals(NarrativeText? other) =>
        other is not null && (ReferenceEquals(this, other) || (Length == other.Length && string.Equals(Text, other.Text, StringComparison.Ordinal)));

    public override bool Equals(object? obj) => Equals(obj as NarrativeText);

    /// <summary>The length only, so hashing a report reads nothing back.</summary>
    public override int GetHashCode() => Length;

    public override string ToString() => Text;
}
