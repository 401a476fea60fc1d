// Ticks every clock that is counting, from the reading the server rendered (business time left, the instant it
// was read, and until when business time runs on), so the server does no per-second work and the browser never
// counts nights, weekends or pauses. Figures read as the server's CountdownText writes them; states and colours
// come from the server, except that a clock crossing its deadline here turns red at once.
(() => {
    const span = (ms) => {
        const seconds = Math.floor(Math.abs(ms) / 1000);
        const hours = Math.floor(seconds / 3600);
        const minutes = Math.floor((seconds % 3600) / 60);
        return hours > 0 ? `${hours}h ${minutes}m` : `${minutes}m ${seconds % 60}s`;
    };

    const textAt = (figure, now) => {
        const readAt = Date.parse(figure.dataset.readAt);
        const until = Date.parse(figure.dataset.countsUntil);
        const left = Number(figure.dataset.leftMs) - Math.max(0, Math.min(now, until) - readAt);
        return left >= 0 ? `${span(left)} left` : `${span(left)} overdue`;
    };

    const tick = () => {
        const now = Date.now();
        for (const figure of document.querySelectorAll(".desk-clock__figure[data-counts-until]")) {
            const text = textAt(figure, now);
            // Blazor keeps a reference to the text node it rendered: change its value, never replace it.
            const node = figure.firstChild;
            if (node && node.nodeType === Node.TEXT_NODE && node.nodeValue !== text) {
                node.nodeValue = text;
                if (text.endsWith(" overdue")) {
                    figure.closest(".desk-clock")?.classList.add("desk-clock--breached");
                }
            }
        }
    };

    setInterval(tick, 1000);
})();
