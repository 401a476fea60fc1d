// Copies a complaint's status link for a handler to paste into a message to the complainant.
export function copy(text) {
    return navigator.clipboard.writeText(text);
}
