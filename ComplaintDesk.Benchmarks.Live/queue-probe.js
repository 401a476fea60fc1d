// Installed in every benchmark tab before the desk's own scripts. Notes the moment this tab's DOM first
// shows each watched change, on the page's own clock, and tells the benchmark that it has.
(() => {
    const arrivals = [];
    let watches = [];

    // A row shows the change once it names the new assignee.
    function shows(watch) {
        const link = [...document.querySelectorAll("#queue a.desk-reference")].find(a => a.textContent.trim() === watch.reference);
        return link?.closest("tr")?.querySelector(`[data-person-email="${CSS.escape(watch.assignee)}"]`) != null;
    }

    function check() {
        if (watches.length === 0) {
            return;
        }

        const at = Date.now();
        watches = watches.filter(watch => {
            if (!shows(watch)) {
                return true;
            }

            arrivals.push({ key: watch.key, at });
            window.deskBenchSeen?.(watch.key);
            return false;
        });
    }

    window.deskBench = {
        arrivals,
        watch(key, reference, assignee) {
            watches.push({ key, reference, assignee });
            check();
        },
    };

    new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})();
