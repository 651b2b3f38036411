import { isLoopback, normalizeBaseUrl } from '../transport/httpOptions';

/**
 * Whether the credential's Base URL is on this machine (the local sandbox). Fivetran delivers
 * webhooks only to HTTPS; the sandbox also to plain HTTP, so that webhooks can be tried locally.
 */
export function isLocalSandbox(baseUrl: unknown): boolean {
	try {
		return isLoopback(new URL(normalizeBaseUrl(baseUrl)));
	} catch {
		return false;
	}
}
