/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals --
   test-only tooling, never part of the published package */
import http from 'http';
import type { AddressInfo } from 'net';

import type { IDataObject } from 'n8n-workflow';

import { FivetranApi } from '../../credentials/FivetranApi.credentials';
import { forgetAllDeliveries } from '../../nodes/FivetranWebhookTrigger/deliveryMemory';
import { FivetranWebhookTrigger } from '../../nodes/FivetranWebhookTrigger/FivetranWebhookTrigger.node';
import type { HookMethod, WebhookNodeOptions } from '../harness/webhook';
import { deliver, runHook } from '../harness/webhook';
import { expectSent, must } from './direct';
import { faultSuite } from './env';
import { backoffsMs } from './matrix';
import type { FaultAction } from './types';

// The Webhook Trigger between the sandbox (real HTTP deliveries, signed with the secret the node
// registered) and the fault proxy (lost answers, failing lists). A small receiver plays n8n's
// webhook server: it hands each delivery to the node's webhook() and answers with its result.

const suite = faultSuite('webhook');
const LOST: FaultAction[] = ['applyThen502', 'applyThenReset'];
/** At most two retried list reads (two backoffs) per activation. */
const BOUND = { requests: 5, sleptMs: backoffsMs(2) };
/** Activation (2 lists, 1 POST), then deactivation (1 list, DELETE, the DELETE again). */
const DEACTIVATION_BOUND = { requests: 6, sleptMs: backoffsMs(1) };

let receiver: http.Server;
let receiverUrl = '';
let staticData: IDataObject = {};
let started: IDataObject[] = [];

function nodeOptions(): WebhookNodeOptions {
	return {
		nodeType: new FivetranWebhookTrigger(),
		parameters: { scope: 'account', events: ['sync_end'] },
		credentials: suite.credentials(),
		credentialTypes: [new FivetranApi()],
		staticData,
		publicUrl: receiverUrl,
	};
}

function onDelivery(request: http.IncomingMessage, response: http.ServerResponse): void {
	let body = '';
	request.setEncoding('utf8');
	request.on('data', (chunk: string) => (body += chunk));
	request.on('end', () => {
		const headers = Object.fromEntries(
			Object.entries(request.headers).map(([name, value]) => [name, String(value)]),
		);
		deliver(nodeOptions(), { body, headers })
			.then((result) => {
				if (result.items) started.push(...result.items);
				response.writeHead(result.status ?? 200, { 'Content-Type': 'application/json' });
				response.end(JSON.stringify(result.sent ?? result.response.webhookResponse ?? {}));
			})
			.catch(() => {
				response.writeHead(500);
				response.end();
			});
	});
}

beforeAll(async () => {
	receiver = http.createServer(onDelivery);
	await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
	receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(async () => await new Promise((resolve) => receiver.close(resolve)));
beforeEach(() => {
	staticData = {};
	started = [];
	forgetAllDeliveries();
});

const hook = async (method: HookMethod) => await runHook(nodeOptions(), method);
const saved = () => (staticData['node:Fivetran Webhook Trigger'] ?? {}) as IDataObject;
const webhookIds = () => [...suite.sandbox.state.webhooks.keys()];

function registrationTests(): number[] {
	return suite.sandbox.control
		.webhookDeliveries()
		.filter((d) => d.kind === 'registration')
		.map((d) => d.status);
}

/** Activation as n8n does it: checkExists, then create when it says false. */
async function activate(): Promise<void> {
	if (!(await hook('checkExists'))) must(await hook('create'), 'create() reported false');
}

async function deliverSyncEnd(options: IDataObject = {}): Promise<number[]> {
	const { deliveries } = await suite.sandbox.control.deliverWebhookEvent({
		event: 'sync_end',
		connectorId: 'mellow_crane',
		...options,
	});
	return deliveries.map((d) => d.status);
}

describe('Webhook registration under faults: one webhook in Fivetran, never two', () => {
	for (const action of LOST) {
		suite.matrixCase(`Activation, create answer lost (${action})`, BOUND, async () => {
			suite.proxy.setRule((req) =>
				req.method === 'POST' && req.path === '/v1/webhooks/account' ? action : undefined,
			);
			await activate();
			expectSent(suite.proxy, 'POST', '/v1/webhooks/account', 1);
			must(webhookIds().length === 1, `${webhookIds().length} webhooks registered`);
			must(saved().webhookId === webhookIds()[0], 'the node keeps the one webhook');
			must(
				registrationTests().join() === '200',
				`registration tests: ${registrationTests().join()}`,
			);
			// The adopted webhook got the node's new secret: a signed event starts the workflow.
			must((await deliverSyncEnd()).join() === '200' && started.length === 1, 'signed event ran');
			return '1 POST; the webhook Fivetran made was adopted and re-keyed; events arrive';
		});
	}

	suite.matrixCase('Activation, webhook list answers 503 twice', BOUND, async () => {
		suite.proxy.setRule((req) =>
			req.method === 'GET' && req.path === '/v1/webhooks' && req.n <= 2
				? { status: 503, body: { code: 'ServiceUnavailable', message: 'try later' } }
				: undefined,
		);
		await activate();
		must(webhookIds().length === 1, `${webhookIds().length} webhooks registered`);
		return 'list retried; 1 webhook registered';
	});

	suite.matrixCase('n8n restart: activation again with the saved static data', BOUND, async () => {
		await activate();
		const before = webhookIds();
		suite.proxy.clearLog();
		await activate();
		expectSent(suite.proxy, 'POST', '/v1/webhooks/account', 0);
		must(webhookIds().join() === before.join(), 'the same single webhook');
		return `adopted: 1 GET, no POST; 1 webhook`;
	});

	for (const action of LOST) {
		suite.matrixCase(
			`Deactivation, delete answer lost (${action})`,
			DEACTIVATION_BOUND,
			async () => {
				await activate();
				suite.proxy.setRule((req) => (req.method === 'DELETE' && req.n === 1 ? action : undefined));
				must(await hook('delete'), 'delete() reported false');
				must(webhookIds().length === 0, `${webhookIds().length} webhooks left`);
				must(saved().webhookSecret === undefined, 'the secret is forgotten');
				return 'DELETE repeated, 404 counted as deleted; 0 webhooks';
			},
		);
	}
});

describe('Deliveries: each event starts one execution, forged ones none', () => {
	suite.matrixCase('Signed delivery sent twice (Fivetran retry)', BOUND, async () => {
		await activate();
		const statuses = await deliverSyncEnd({ times: 2 });
		must(statuses.join() === '200,200', `answers ${statuses.join()}`);
		must(started.length === 1, `${started.length} executions`);
		return '200, 200; 1 execution';
	});

	for (const signature of ['wrong', 'none', 'tampered']) {
		suite.matrixCase(`Delivery with ${signature} signature`, BOUND, async () => {
			await activate();
			const statuses = await deliverSyncEnd({ signature });
			must(statuses.join() === '401', `answers ${statuses.join()}`);
			must(started.length === 0, `${started.length} executions`);
			return '401; 0 executions';
		});
	}
});
