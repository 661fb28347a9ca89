using System.Text;

namespace SiteGen.Tests.OpenData;

/// <summary>An RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF; it insists on the UTF-8 BOM.</summary>
internal static class CsvReader
{
    public static List<string[]> Read(byte[] bytes)
    {
        var bom = Encoding.UTF8.GetPreamble();
        Assert.True(bytes.AsSpan().StartsWith(bom), "CSV must start with the UTF-8 byte order mark");
        var text = Encoding.UTF8.GetString(bytes, bom.Length, bytes.Length - bom.Length);
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.True(field.Length == 0 && row.Count == 0, "CSV must end with CRLF");
        return rows;
    }
}
