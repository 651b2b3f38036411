// http:// sends whatever the request carries (the Fivetran API key and secret, a webhook's events)
// in clear text. It is accepted only for addresses on this machine: the local sandbox.

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Whether the URL's host is this machine (127.0.0.1, localhost or ::1). */
export function isLoopback(url: URL): boolean {
	return LOOPBACK_HOSTS.has(url.hostname.toLowerCase());
}

/** https://, or http:// to this machine; anything else would travel in clear text or not at all. */
export function isSecureOrLocal(url: URL): boolean {
	return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url));
}

export const LOOPBACK_WORDS = '127.0.0.1, localhost or ::1';
