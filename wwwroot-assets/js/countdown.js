// Ticks every clock that is counting, from the reading the server rendered (business time left, the instant it
// was read, and until when business time runs on), so the server does no per-second work and the browser never
// counts nights, weekends or pauses. Figures read as the server's CountdownText writes them. A clock passing its
// warning instant (Core's, rendered as data-warns-at) or its deadline takes here the class and state the server
// would render on its next reading, so a chip never stays calm on a screen nobody refreshes. The words are the
// person's language's, handed over by the page on this script's own tag ("{0} h {1} min", "{0} left"…).
(() => {
    const words = document.currentScript.dataset;
    const fill = (pattern, ...values) => pattern.replace(/\{(\d)\}/g, (_, i) => values[Number(i)]);

    const span = (ms) => {
        const seconds = Math.floor(Math.abs(ms) / 1000);
        const hours = Math.floor(seconds / 3600);
        const minutes = Math.floor((seconds % 3600) / 60);
        return hours > 0 ? fill(words.hoursMinutes, hours, minutes) : fill(words.minutesSeconds, minutes, seconds % 60);
    };

    const leftAt = (figure, now) => {
        const readAt = Date.parse(figure.dataset.readAt);
        const until = Date.parse(figure.dataset.countsUntil);
        return Number(figure.dataset.leftMs) - Math.max(0, Math.min(now, until) - readAt);
    };

    const become = (chip, state) => {
        if (chip && chip.dataset.clockState !== state) {
            chip.classList.remove("desk-clock--running", "desk-clock--warning");
            chip.classList.add(`desk-clock--${state.toLowerCase()}`);
            chip.dataset.clockState = state;
        }
    };

    const tick = () => {
        const now = Date.now();
        for (const figure of document.querySelectorAll(".desk-clock__figure[data-counts-until]")) {
            const left = leftAt(figure, now);
            const text = fill(left >= 0 ? words.left : words.overdue, span(left));
            // Blazor keeps a reference to the text node it rendered: change its value, never replace it.
            const node = figure.firstChild;
            if (node && node.nodeType === Node.TEXT_NODE && node.nodeValue !== text) {
                node.nodeValue = text;
            }
            const chip = figure.closest(".desk-clock");
            if (left < 0) {
                become(chip, "Breached");
            } else if (now >= Date.parse(figure.dataset.warnsAt)) {
                become(chip, "Warning");
            }
        }
    };

    setInterval(tick, 1000);
})();
