using SiteGen.Core.Rendering;

namespace SiteGen.Core;

/// <summary>One build of the site from scratch: a fresh <see cref="BuildSession"/>, used once.</summary>
public sealed class SiteBuilder(ITheme theme)
{
    public BuildResult Build(BuildOptions options, IProgress<BuildProgress>? progress = null) =>
        new BuildSession(theme, options).Build(progress);
}
