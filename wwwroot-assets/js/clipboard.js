// Copies text a person will paste elsewhere: a complaint's status link, an API key's secret.
export function copy(text) {
    return navigator.clipboard.writeText(text);
}
