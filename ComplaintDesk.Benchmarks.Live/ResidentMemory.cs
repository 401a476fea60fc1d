namespace ComplaintDesk.Benchmarks.Live;

/// <summary>The desk process's resident memory, sampled a few times once it had settled, and its CPU while idle meanwhile.</summary>
internal sealed record ResidentMemory(int Tabs, IReadOnlyList<long> SamplesKib, TimeSpan IdleCpu, TimeSpan Over)
{
    private const int Samples = 5;
    private static readonly TimeSpan _settle = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan _between = TimeSpan.FromSeconds(2);

    public long MedianKib => SamplesKib.Order().ElementAt(SamplesKib.Count / 2);

    /// <summary>Milliseconds of CPU per second the idle desk used while the samples were taken.</summary>
    public double IdleCpuPerSecond => IdleCpu.TotalMilliseconds / Over.TotalSeconds;

    public static async Task<ResidentMemory> SampleAsync(DeskServer server, int tabs, CancellationToken cancellationToken)
    {
        await Task.Delay(_settle, cancellationToken);
        var samples = new List<long>();
        var cpu = server.CpuTime();
        for (var i = 0; i < Samples; i++)
        {
            if (i > 0)
            {
                await Task.Delay(_between, cancellationToken);
            }

            samples.Add(server.ResidentKib());
        }

        return new ResidentMemory(tabs, samples, server.CpuTime() - cpu, _between * (Samples - 1));
    }
}
