import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	IDataObject,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import { checkBaseUrl, LOOPBACK_WORDS } from './transport/httpOptions';
import { clip } from './transport/messageParts';
import { classifyThrown } from './transport/networkErrors';

// The credential's "Test" button. n8n's declarative test shows a bare error code for anything but
// an HTTP status (ECONNREFUSED, ERR_INVALID_URL), so the test is run here, where every outcome can
// say what is wrong with the Base URL and what to enter. It still calls the real API: the same cheap,
// read-only GET /account/info the declarative test used, allowed for every key. Each node lists it as
// `testedBy: 'fivetranApiTest'` and in methods.credentialTest (n8n asks the first node it finds).

const FIVETRAN_BASE_URL = 'https://api.fivetran.com/v1';
const TEST_PATH = '/account/info';
const TEST_TIMEOUT_MS = 15_000;
const ENTER = `check the Base URL; for Fivetran use ${FIVETRAN_BASE_URL}`;

export const MESSAGES = {
	ok: 'Connected: Fivetran accepted the API key and secret',
	rejected:
		'Fivetran rejected the API key and secret (401 AuthFailed). Check both; generating a new key invalidates the old secret.',
	forbidden:
		'Fivetran accepted the key but its role may not read account info (403). Use a key with an account role.',
} as const;

/** Words for the error codes people meet; the code itself stays in the message for searching. */
const WORDS: Record<string, string> = {
	ECONNREFUSED: 'connection refused',
	ENOTFOUND: 'host not found',
	EAI_AGAIN: 'host name could not be looked up',
	EHOSTUNREACH: 'host unreachable',
	ENETUNREACH: 'network unreachable',
	ECONNRESET: 'connection closed',
	EPIPE: 'connection closed',
	ECONNABORTED: 'connection closed',
};

const error = (message: string): INodeCredentialTestResult => ({ status: 'Error', message });

/** The address as shown: without any user:password part a pasted URL might carry. */
function shown(url: string): string {
	try {
		const parsed = new URL(url);
		parsed.username = '';
		parsed.password = '';
		return clip(parsed.toString().replace(/\/$/, ''));
	} catch {
		return clip(url);
	}
}

function isFivetranAnswer(body: unknown): boolean {
	return typeof body === 'object' && body !== null && (body as IDataObject).code === 'Success';
}

function judgeStatus(status: number, body: unknown, base: string): INodeCredentialTestResult {
	if (status >= 200 && status < 300) {
		return isFivetranAnswer(body)
			? { status: 'OK', message: MESSAGES.ok }
			: error(
					`${base} answered, but not as Fivetran's API does (no "code": "Success" in the answer to GET ${TEST_PATH}): ${ENTER}`,
				);
	}
	if (status === 401) return error(MESSAGES.rejected);
	if (status === 403) return error(MESSAGES.forbidden);
	if (status === 404) {
		return error(
			`No Fivetran API answered at ${base} (404 for GET ${TEST_PATH}): ${ENTER} (or your proxy's address ending in /v1)`,
		);
	}
	if (status >= 300 && status < 400) {
		return error(
			`${base} answered with a redirect (HTTP ${status}), which Fivetran's API never does, so the key was not sent on: ${ENTER} (https://, not http://)`,
		);
	}
	if (status === 429 || status >= 500) {
		return error(
			`Fivetran answered HTTP ${status} at ${base}: the key could not be checked now; try again in a minute`,
		);
	}
	return error(`${base} answered HTTP ${status} to GET ${TEST_PATH}: ${ENTER}`);
}

function judgeThrown(thrown: unknown, base: string): INodeCredentialTestResult {
	const problem = classifyThrown(thrown);
	switch (problem?.kind) {
		case 'network':
			return error(
				`Could not connect to ${base} (${WORDS[problem.code] ?? problem.code}, ${problem.code}): ${ENTER}`,
			);
		case 'timeout':
			return error(
				`No answer from ${base} within ${TEST_TIMEOUT_MS / 1000} s (${problem.code}): ${ENTER}, and that this n8n can reach it (proxy, firewall)`,
			);
		case 'setup':
			if (problem.fix === 'certificate') {
				return error(
					`Could not make a trusted TLS connection to ${base} (${problem.code}), so the key was not sent: ${ENTER}; behind a TLS-inspecting proxy, make n8n trust its certificate (NODE_EXTRA_CA_CERTS)`,
				);
			}
			return error(`Could not send the test request to ${base} (${problem.code}): ${ENTER}`);
		default:
			return error(`Could not test the credential at ${base}: ${ENTER}`);
	}
}

/** Never lets the key or secret into a message, whatever an error text carried. */
function withoutSecrets(
	result: INodeCredentialTestResult,
	secrets: unknown[],
): INodeCredentialTestResult {
	let message = result.message;
	for (const secret of secrets) {
		if (typeof secret === 'string' && secret.length >= 4)
			message = message.split(secret).join('***');
	}
	return { ...result, message };
}

async function runTest(
	ctx: ICredentialTestFunctions,
	data: IDataObject,
): Promise<INodeCredentialTestResult> {
	const checked = checkBaseUrl(data.baseUrl);
	if (!checked.ok) {
		const entered = String(data.baseUrl ?? '').trim();
		return error(
			checked.fix === 'cleartext'
				? `The Base URL "${shown(entered)}" starts with http://, which would send the API key and secret in clear text: use https:// (for Fivetran ${FIVETRAN_BASE_URL}); http:// is accepted only for a local sandbox (${LOOPBACK_WORDS})`
				: `The Base URL "${clip(entered)}" is not an http(s) address: enter it with https:// (or http:// for a local sandbox) in front; for Fivetran use ${FIVETRAN_BASE_URL}`,
		);
	}
	const base = checked.url;
	const where = shown(base);
	let response: { statusCode?: unknown; body?: unknown };
	try {
		// A credential test gets only n8n's legacy request helper (ICredentialTestFunctions has no
		// httpRequest); simple: false hands every HTTP status back to judge here.
		response = (await ctx.helpers.request({
			method: 'GET',
			uri: `${base}${TEST_PATH}`,
			auth: { user: String(data.apiKey ?? ''), pass: String(data.apiSecret ?? '') },
			headers: { Accept: 'application/json' },
			json: true,
			simple: false,
			resolveWithFullResponse: true,
			followRedirect: false,
			timeout: TEST_TIMEOUT_MS,
		})) as { statusCode?: unknown; body?: unknown };
	} catch (thrown) {
		return judgeThrown(thrown, where);
	}
	return judgeStatus(Number(response?.statusCode), response?.body, where);
}

export async function fivetranApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = (credential.data ?? {}) as IDataObject;
	return withoutSecrets(await runTest(this, data), [data.apiKey, data.apiSecret]);
}
