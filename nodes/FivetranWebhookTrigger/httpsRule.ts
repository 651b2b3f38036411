import { isLocalSandbox } from '../shared/webhook/localSandbox';

/**
 * Why Fivetran would refuse to deliver to `webhookUrl`, or undefined. Fivetran delivers only to
 * HTTPS; the local sandbox (a loopback Base URL) also accepts plain HTTP so it can be tried out.
 */
export function webhookUrlProblem(webhookUrl: string, baseUrl: unknown): string | undefined {
	let protocol: string;
	try {
		protocol = new URL(webhookUrl).protocol;
	} catch {
		return `n8n's webhook URL is not a valid URL (${webhookUrl})`;
	}
	if (protocol === 'https:') return undefined;
	if (protocol === 'http:' && isLocalSandbox(baseUrl)) return undefined;
	return `Fivetran delivers webhooks only to HTTPS addresses, and n8n's webhook URL is ${webhookUrl}`;
}

export const HTTPS_ADVICE =
	"Set n8n's WEBHOOK_URL environment variable to the public HTTPS address n8n is reachable at (behind a reverse proxy with a certificate, or a tunnel such as Cloudflare Tunnel or ngrok), restart n8n and activate the workflow again. Or use the Fivetran Trigger, which polls and needs no public address.";
