using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Core.Reports;

/// <summary>
/// What <c>sitegen import</c> writes where it cannot tell (编辑指南.md): 待定 for a name, sector or province, a
/// placeholder id for an agency whose name gives no pinyin slug. The loader warns while a file still carries one, so
/// that 待定 is not published as a sector or a region by oversight.
/// </summary>
public static partial class ImportPlaceholders
{
    public const string Undecided = "待定";

    /// <summary>A stable placeholder id: the same name always gives the same id (SHA-256, not the per-process string hash).</summary>
    public static string Id(string agencyName) =>
        "agency-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(agencyName)))[..8];

    public static bool IsId(string id) => PlaceholderId().IsMatch(id);

    [GeneratedRegex("^agency-[0-9a-f]{8}$")]
    private static partial Regex PlaceholderId();
}
