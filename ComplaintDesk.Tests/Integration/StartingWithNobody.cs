using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintDesk.Tests.Integration;

public sealed class StartingWithNobody(StartingWithNobody.EmptyDeskFactory factory) : IClassFixture<StartingWithNobody.EmptyDeskFactory>
{
    [Fact]
    public async Task The_sign_in_page_says_how_to_create_the_first_administrator()
    {
        var page = await factory.CreateClient().GetStringAsync("/login");

        Assert.Contains("id=\"first-administrator\"", page, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project ComplaintDesk.Web -- create-admin &lt;e-mail&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_log_warns_with_the_same_command()
    {
        factory.CreateClient();

        Assert.Contains(factory.Warnings, w => w.Contains("dotnet run --project ComplaintDesk.Web -- create-admin <e-mail>", StringComparison.Ordinal));
    }

    public sealed class EmptyDeskFactory : DeskApiFactory, ILoggerProvider
    {
        public ConcurrentQueue<string> Warnings { get; } = new();

        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Desk:DemoData"] = "false" };

        public ILogger CreateLogger(string categoryName) => new WarningLogger(Warnings);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(this)));
        }

        private sealed class WarningLogger(ConcurrentQueue<string> warnings) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    warnings.Enqueue(formatter(state, exception));
                }
            }
        }
    }
}
