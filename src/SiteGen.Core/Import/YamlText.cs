using System.Globalization;
using System.Text;

namespace SiteGen.Core.Import;

/// <summary>Writes YAML scalars the strict loader reads back as written: plain where safe, else double-quoted.</summary>
public static class YamlText
{
    public static string Scalar(string text)
    {
        var plain = text.Length > 0 && !text.Any(c => c is ':' or '#' or '[' or ']' or '{' or '}' or ',' or '"' or '\'' or '\\' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' || char.IsControl(c)) &&
                    !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]) && text[0] is not ('-' or '?') &&
                    !decimal.TryParse(text, NumberStyles.Any, CultureInfo.InvariantCulture, out _) && text is not ("null" or "true" or "false" or "~");
        return plain ? text : Quoted(text);
    }

    public static string Quoted(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    public static string Number(decimal? value) =>
        value is { } v ? v.ToString("0.######", CultureInfo.InvariantCulture) : "null";

    public static string List(IEnumerable<decimal?> values) => "[" + string.Join(", ", values.Select(Number)) + "]";
}
