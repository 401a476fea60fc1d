// What an alert does in the browser besides the toast: a short sound and, if the person allowed
// it, a desktop notification (DESIGN §6). Both are best effort and never break the page.

const soundUrl = new URL("../sounds/alert.wav", import.meta.url).href;
// One sweep can raise several alerts, and every open tab hears each one: sound once, not as a chord.
const quietFor = 2_000;
const lastSoundKey = "complaintdesk:last-alert-sound";

let audio;
let lastSound = 0;

export function announce(alert, reminder) {
    sound();
    notify(alert, reminder);
}

/** "granted", "denied", "default" (not asked yet) or "unsupported". */
export function permission() {
    return "Notification" in globalThis ? Notification.permission : "unsupported";
}

/** Asks once; browsers only show the question after a click, so call it from one. */
export async function askPermission() {
    if (!("Notification" in globalThis)) {
        return "unsupported";
    }

    try {
        return await Notification.requestPermission();
    } catch {
        return Notification.permission;
    }
}

function sound() {
    const now = Date.now();
    if (now - Math.max(lastSound, sharedLastSound()) < quietFor) {
        return;
    }

    lastSound = now;
    try {
        localStorage.setItem(lastSoundKey, String(now));
    } catch {
        // Storage can be off (private windows); this tab still keeps its own pace.
    }

    try {
        audio ??= new Audio(soundUrl);
        audio.currentTime = 0;
        // Browsers refuse to play until the person has clicked in the page; the toast still shows.
        audio.play()?.catch(() => { });
    } catch {
        // No audio device, or audio disabled: nothing to do.
    }
}

function sharedLastSound() {
    try {
        return Number(localStorage.getItem(lastSoundKey)) || 0;
    } catch {
        return 0;
    }
}

function notify(alert, reminder) {
    if (permission() !== "granted") {
        return;
    }

    const words = wordsOfThePage();
    const raised = fill(words.title ?? "{0} · {1}", alert.level, alert.complaintReference);
    const title = reminder && words.stillOpen ? fill(words.stillOpen, raised) : raised;
    const body = [words[`trigger${alert.trigger}`] ?? alert.trigger, alert.clock ? words[`clock${alert.clock}`] ?? alert.clock : null, alert.reason]
        .filter(Boolean)
        .join(" · ");
    try {
        // The tag makes every tab's copy of the same alert one notification.
        const shown = new Notification(title, { body, tag: `complaintdesk-alert-${alert.id}`, icon: new URL("../favicon.svg", import.meta.url).href });
        shown.onclick = () => {
            window.focus();
            window.location.assign(new URL(`complaints/${encodeURIComponent(alert.complaintReference)}`, document.baseURI));
            shown.close();
        };
    } catch {
        // Some browsers (Chrome on Android) show notifications only from a service worker.
    }
}

// The page gives the words in the person's language (AlertToasts renders them); no language lives in this script.
function wordsOfThePage() {
    return document.getElementById("desk-alarm-words")?.dataset ?? {};
}

function fill(template, ...values) {
    return template.replace(/\{(\d)\}/g, (_, index) => String(values[Number(index)]));
}
