import type { IDataObject } from 'n8n-workflow';
import nock from 'nock';

import { FivetranApi } from '../../credentials/FivetranApi.credentials';
import { FivetranWebhookSecretApi } from '../../credentials/FivetranWebhookSecretApi.credentials';
import { API_HOST, credentialsFor, runFivetran } from '../unit/fixtures';
import { validateRequest } from './contract';
import type { ContractCase } from './cases/types';
import { cases as connectCardCases } from './cases/connectCard.cases';
import { cases as connectorCases } from './cases/connector.cases';
import { cases as destinationCases } from './cases/destination.cases';
import { cases as freshnessCases } from './cases/freshness.cases';
import { cases as groupCases } from './cases/group.cases';
import { cases as groupUsersCases } from './cases/groupUsers.cases';
import { cases as hybridAgentCases } from './cases/hybridAgent.cases';
import { cases as syncCases } from './cases/sync.cases';
import { cases as transformationCases } from './cases/transformation.cases';
import { cases as userCases } from './cases/user.cases';
import { cases as webhookCases } from './cases/webhook.cases';

interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	body: unknown;
	headers: Record<string, string>;
}

/** Answers every request of a case with its canned reply and remembers what was sent. */
function recordRequests(reply: ContractCase['reply']): RecordedRequest[] {
	const recorded: RecordedRequest[] = [];
	// `items` so that list requests get a real (empty) page; other requests ignore it.
	const answer = (reply?.body ?? { code: 'Success', data: { items: [] } }) as IDataObject;
	for (const method of ['get', 'post', 'patch', 'delete'] as const) {
		nock(API_HOST)
			.persist()
			[method](/.*/)
			.query(true)
			.reply(reply?.status ?? 200, function (uri, body) {
				const url = new URL(uri, API_HOST);
				recorded.push({
					method: method.toUpperCase(),
					path: url.pathname,
					query: Object.fromEntries(url.searchParams),
					body: body === '' ? undefined : body,
					headers: Object.fromEntries(
						Object.entries(this.req.headers).map(([key, value]) => [key, String(value)]),
					),
				});
				return answer;
			});
	}
	return recorded;
}

const allCases: ContractCase[] = [
	...groupCases,
	...connectorCases,
	...destinationCases,
	...freshnessCases,
	...syncCases,
	...webhookCases,
	...userCases,
	...hybridAgentCases,
	...groupUsersCases,
	...connectCardCases,
	...transformationCases,
];

describe("Every request the node builds matches Fivetran's OpenAPI document", () => {
	it.each(allCases.map((c) => [c.name, c] as const))('%s', async (_name, contractCase) => {
		const recorded = recordRequests(contractCase.reply);

		await runFivetran(contractCase.parameters, {
			input: contractCase.input,
			// Webhook Create and Update take their signing secret from a credential of its own.
			credentials: {
				...credentialsFor(),
				fivetranWebhookSecretApi: { secret: 'signing-secret' },
			},
			credentialTypes: [new FivetranApi(), new FivetranWebhookSecretApi()],
		});

		expect(recorded.length).toBeGreaterThan(0);
		for (const request of recorded) {
			const problems = validateRequest({
				method: request.method,
				path: request.path,
				query: request.query,
				body: request.body,
				headers: { accept: request.headers.accept },
			});
			expect({ request: `${request.method} ${request.path}`, problems }).toEqual({
				request: `${request.method} ${request.path}`,
				problems: [],
			});
		}
	});

	it('the validator itself rejects a request the API does not know', () => {
		expect(
			validateRequest({ method: 'POST', path: '/v1/groups', body: { name: 'x', colour: 'red' } }),
		).not.toEqual([]);
	});
});
