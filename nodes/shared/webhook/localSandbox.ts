import { normalizeBaseUrl } from '../transport/httpOptions';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * Whether the credential's Base URL is on this machine (the local sandbox). Fivetran delivers
 * webhooks only to HTTPS; the sandbox also to plain HTTP, so that webhooks can be tried locally.
 */
export function isLocalSandbox(baseUrl: unknown): boolean {
	try {
		return LOOPBACK_HOSTS.has(new URL(normalizeBaseUrl(baseUrl)).hostname.toLowerCase());
	} catch {
		return false;
	}
}
