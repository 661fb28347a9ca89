namespace SiteGen.Tests.Browser;

/// <summary>
/// All browser tests share one built site, one server and one Chromium: starting them costs seconds, a new context
/// per test costs milliseconds. Tests in one collection run one after another, which also suits a 2-core machine.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
