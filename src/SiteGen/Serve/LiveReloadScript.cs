using System.Globalization;

namespace SiteGen.Cli.Serve;

/// <summary>
/// The reload script, served by the preview server only (a published site never has it). It carries the build number
/// the page was served with and polls for the current one, so a build that finished between the page and the script
/// still reloads it. A file, not inline, so the Content-Security-Policy stays script-src 'self'.
/// </summary>
internal static class LiveReloadScript
{
    public static string Text(int version) => $$"""
        (function () {
          'use strict';
          var seen = '{{version.ToString(CultureInfo.InvariantCulture)}}';
          function poll() {
            fetch('/__sitegen/version', { cache: 'no-store' })
              .then(function (r) { return r.text(); })
              .then(function (v) {
                if (v !== seen) { location.reload(); return; }
                setTimeout(poll, 400);
              }, function () { setTimeout(poll, 1000); });
          }
          setTimeout(poll, 400);
        })();
        """;
}
