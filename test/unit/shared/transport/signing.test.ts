import nock from 'nock';

import { FivetranApi } from '../../../../credentials/FivetranApi.credentials';
import { API_SECRET, BASIC_AUTH, errorText, fakeTime, fivetran, success } from '../../fixtures';
import { probe, socketError, strayRequests } from './probe';

const TOKEN = BASIC_AUTH.slice('Basic '.length);

/** Every own property of the error and of each cause below it, as text. */
function everything(error: unknown): string {
	const parts: string[] = [];
	let link: unknown = error;
	for (let depth = 0; link && typeof link === 'object' && depth < 6; depth += 1) {
		const own = Object.getOwnPropertyNames(link).map((name) => {
			try {
				return `${name}=${JSON.stringify((link as Record<string, unknown>)[name])}`;
			} catch {
				return `${name}=(circular)`;
			}
		});
		parts.push(own.join('\n'));
		link = (link as { cause?: unknown }).cause;
	}
	return parts.join('\n');
}

describe('Only the Fivetran nodes sign requests with the credential (issue 19 row 1)', () => {
	it("the credential type has no authenticate, so n8n signs no other node's requests with it", () => {
		// n8n's HTTP Request node offers as "Predefined Credential Type" only credentials that have
		// `authenticate` (or extend OAuth), and applies nothing without one.
		const credential = new FivetranApi();

		expect('authenticate' in credential).toBe(false);
		expect('extends' in credential).toBe(false);
	});

	it('the transport adds Basic auth itself, on the Base URL origin', async () => {
		const api = fivetran()
			.get('/v1/groups/g1')
			.reply(200, success({ id: 'g1' }));

		const { error, value } = await probe({ method: 'GET', path: '/groups/g1' });

		expect(error).toBeUndefined();
		expect(value).toEqual({ code: 'Success', data: { id: 'g1' } });
		expect(api.isDone()).toBe(true);
	});

	it('a failed request keeps neither the secret nor the Authorization value in its error', async () => {
		fakeTime();
		fivetran().post('/v1/groups').replyWithError(socketError('ECONNRESET'));

		const { error, thrown } = await probe(
			{ method: 'POST', path: '/groups', body: { name: 'n' } },
			{ clearedFor: 'write' },
		);

		expect(error?.message).toContain('ECONNRESET');
		for (const shown of [errorText(error), everything(error), everything(thrown)]) {
			expect(shown).not.toContain(API_SECRET);
			expect(shown).not.toContain(TOKEN);
		}
	});
});

describe('The transport sends only what the guard cleared', () => {
	it('a context that skipped the guard sends nothing', async () => {
		const { error } = await probe({ method: 'GET', path: '/groups/g1' }, { clearedFor: null });

		expect(error?.message).toBe(
			"The Fivetran node did not send GET /groups/g1: the request did not pass the credential's safety check",
		);
		expect(strayRequests()).toBe(0);
	});

	it.each(['POST', 'PATCH', 'DELETE'] as const)(
		'a use cleared for reads cannot send %s',
		async (method) => {
			const { error } = await probe({ method, path: '/groups/g1' }, { clearedFor: 'read' });

			expect(error?.message).toContain(`did not send ${method} /groups/g1`);
			expect(strayRequests()).toBe(0);
			expect(nock.pendingMocks()).toEqual([]);
		},
	);
});
