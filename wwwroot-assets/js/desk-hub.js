// The browser, not the server, holds the desk hub connection (DESIGN §6, ADR 0003).
// One connection per tab; each message is handed to the circuit's DeskEvents.

// The UMD bundle defines globalThis.signalR; importing it here loads it only on signed-in pages.
import "../lib/signalr/signalr.min.js";

let connection;
let target;

export async function start(dotNetRef) {
    // A layout rendered again reuses the tab's connection and only changes who hears it.
    target = dotNetRef;
    if (connection) {
        return;
    }

    // Same origin, so the sign-in cookie travels with it and no token is handled here.
    // Relative to <base href>, so a path base keeps working.
    const opened = new signalR.HubConnectionBuilder()
        .withUrl("hubs/desk")
        .withAutomaticReconnect()
        .build();
    opened.on("ComplaintChanged", summary => target?.invokeMethodAsync("OnComplaintChanged", summary));
    // Once automatic reconnection gives up, let the next start open a fresh connection.
    opened.onclose(() => forget(opened));

    connection = opened;
    try {
        await opened.start();
    } catch (error) {
        // A later start may try again; the caller decides how loud to be.
        forget(opened);
        throw error;
    }
}

export async function stop() {
    const closing = connection;
    connection = undefined;
    target = undefined;
    await closing?.stop();
}

// Only the current connection: an old one closing late must not orphan its successor.
function forget(closed) {
    if (connection === closed) {
        connection = undefined;
    }
}
