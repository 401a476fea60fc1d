// The browser, not the server, holds the desk hub connection (DESIGN §6, ADR 0003).
// One connection per tab; each message is handed to the circuit's DeskEvents.

// The UMD bundle defines globalThis.signalR; importing it here loads it only on signed-in pages.
import "../lib/signalr/signalr.min.js";
import { announce } from "./desk-alarm.js";

// Once automatic reconnection gives up, a fresh connection is tried at this pace for as long as the tab is open.
const restartDelay = 15_000;
// The circuit has its own connection, which may come back after the hub's: catching up is retried at this pace…
const catchUpDelay = 3_000;
// …for about as long as Blazor itself tries to reconnect a circuit.
const catchUpTries = 60;

let connection;
let target;
let restart;
let catchUpRetry;
let catchUpsLeft = catchUpTries;
// Whether the circuit has everything: false until a connection is up and the circuit has read again what
// it shows, since anything sent before (while the page loaded, while the line was down) never reached it.
let caughtUp = false;

export async function start(dotNetRef) {
    // A layout rendered again reuses the tab's connection and only changes who hears it.
    target = dotNetRef;
    if (connection) {
        return;
    }

    await open();
}

export async function stop() {
    const closing = connection;
    connection = undefined;
    target = undefined;
    clearTimeout(restart);
    clearTimeout(catchUpRetry);
    restart = catchUpRetry = undefined;
    delete document.documentElement.dataset.deskHub;
    await closing?.stop();
}

async function open() {
    // Same origin, so the sign-in cookie travels with it and no token is handled here.
    // Relative to <base href>, so a path base keeps working.
    const opened = new signalR.HubConnectionBuilder()
        .withUrl("hubs/desk")
        .withAutomaticReconnect()
        .build();
    opened.on("ComplaintChanged", summary => tell("OnComplaintChanged", summary));
    opened.on("AlertRaised", alert => {
        announce(alert, false);
        tell("OnAlertRaised", alert);
    });
    opened.on("AlertReminder", alert => {
        announce(alert, true);
        tell("OnAlertReminder", alert);
    });
    opened.on("AlertAcknowledged", alert => tell("OnAlertAcknowledged", alert));
    opened.on("ReportBuilt", run => tell("OnReportBuilt", run));
    opened.onreconnecting(() => fellBehind());
    opened.onreconnected(() => catchUp());
    opened.onclose(() => {
        forget(opened);
        fellBehind();
        scheduleRestart();
    });

    connection = opened;
    try {
        await opened.start();
    } catch (error) {
        // The tab tries again by itself; the caller decides how loud to be.
        forget(opened);
        fellBehind();
        scheduleRestart();
        throw error;
    }

    catchUp();
}

function fellBehind() {
    caughtUp = false;
    showState("behind");
}

async function catchUp() {
    if (caughtUp || !target) {
        return;
    }

    caughtUp = true;
    if (await tell("OnReconnected")) {
        catchUpsLeft = catchUpTries;
        showState("live");
    }
}

function scheduleCatchUp() {
    if (!target || catchUpRetry || catchUpsLeft <= 0) {
        return;
    }

    catchUpsLeft--;
    catchUpRetry = setTimeout(() => {
        catchUpRetry = undefined;
        // While the hub is down, its own reconnection catches up instead.
        if (connection?.state === signalR.HubConnectionState.Connected) {
            catchUp();
        }
    }, catchUpDelay);
}

function scheduleRestart() {
    // Stopped on purpose (target gone), or a start is already pending.
    if (!target || restart) {
        return;
    }

    restart = setTimeout(async () => {
        restart = undefined;
        if (!target || connection) {
            return;
        }

        try {
            await open();
        } catch {
            // open() has already scheduled the next try.
        }
    }, restartDelay);
}

// Resolves to whether the circuit took the message.
async function tell(method, ...message) {
    if (!target) {
        return false;
    }

    try {
        await target.invokeMethodAsync(method, ...message);
        return true;
    } catch (error) {
        // The circuit may be reconnecting itself: once it answers, it reads everything again.
        console.warn(`ComplaintDesk: ${method} not delivered`, error);
        fellBehind();
        scheduleCatchUp();
        return false;
    }
}

// "live" once the circuit has caught up and hears every message; browser tests wait for it.
function showState(state) {
    document.documentElement.dataset.deskHub = state;
}

// Only the current connection: an old one closing late must not orphan its successor.
function forget(closed) {
    if (connection === closed) {
        connection = undefined;
    }
}
