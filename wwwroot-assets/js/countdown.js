// Ticks every countdown on the page from the deadline the server rendered, so the server does no
// per-second work. Colours and states still come from the server.
(() => {
    const format = (ms) => {
        const minutes = Math.floor(Math.abs(ms) / 60000);
        const days = Math.floor(minutes / 1440);
        const hours = Math.floor((minutes % 1440) / 60);
        const mins = minutes % 60;
        const text = days > 0 ? `${days}d ${hours}h` : hours > 0 ? `${hours}h ${mins}m` : `${mins}m`;
        return ms >= 0 ? `${text} left` : `${text} overdue`;
    };

    const tick = () => {
        const now = Date.now();
        for (const element of document.querySelectorAll("[data-deadline]")) {
            const text = format(Date.parse(element.dataset.deadline) - now);
            if (element.textContent !== text) {
                element.textContent = text;
            }
        }
    };

    setInterval(tick, 1000);
})();
