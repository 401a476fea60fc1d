// The queue's keyboard shortcuts, all in the browser: j/k move the current row, Enter opens it,
// "/" goes to the search box, "?" lists them. Never while the person is typing in a field.
(() => {
    const rows = () => [...document.querySelectorAll("#queue tbody tr[data-reference]")];
    const current = () => document.querySelector("#queue tbody tr[data-current]");

    const isTyping = (target) =>
        target instanceof HTMLElement &&
        (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

    const move = (step) => {
        const all = rows();
        if (all.length === 0) {
            return;
        }

        const from = all.indexOf(current());
        const to = from < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, from + step));
        all.forEach((row) => row.removeAttribute("data-current"));
        all[to].setAttribute("data-current", "");
        all[to].focus();
    };

    const shortcuts = () => document.getElementById("queue-shortcuts");

    const openShortcuts = () => {
        const dialog = shortcuts();
        if (dialog && !dialog.open) {
            dialog.showModal();
        }
    };

    document.addEventListener("keydown", (event) => {
        if (!document.getElementById("queue") || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)
            || shortcuts()?.open || document.querySelector(".mud-dialog-container")) {
            return;
        }

        const actions = {
            j: () => move(1),
            k: () => move(-1),
            Enter: () => current()?.querySelector("a.desk-reference")?.click(),
            "/": () => document.getElementById("queue-search")?.focus(),
            "?": openShortcuts,
        };
        const action = actions[event.key];
        // Enter on a focused link or button already does its own thing.
        if (action && !(event.key === "Enter" && event.target !== current())) {
            event.preventDefault();
            action();
        }
    });

    document.addEventListener("click", (event) => {
        if (!(event.target instanceof Element)) {
            return;
        }

        if (event.target.closest("[data-queue-shortcuts]")) {
            openShortcuts();
        } else if (event.target.closest("[data-close-shortcuts]")) {
            shortcuts()?.close();
        }
    });
})();
