import nock from 'nock';
import {
	NodeOperationError,
	sleep,
	type ICredentialType,
	type IDataObject,
	type IExecuteFunctions,
	type ILoadOptionsFunctions,
	type INodeExecutionData,
	type INodeType,
	type IPollFunctions,
} from 'n8n-workflow';

import { loadListSearch, pollNode, runNode, startNode } from './index';

const API = 'http://api.test';
const basicAuth = `Basic ${Buffer.from('alice:s3cret').toString('base64')}`;

const testCredentialType: ICredentialType = {
	name: 'testApi',
	displayName: 'Test API',
	properties: [
		{ displayName: 'User', name: 'user', type: 'string', default: '' },
		{
			displayName: 'Password',
			name: 'pass',
			type: 'string',
			typeOptions: { password: true },
			default: '',
		},
	],
	authenticate: {
		type: 'generic',
		properties: {
			auth: { username: '={{$credentials.user}}', password: '={{$credentials.pass}}' },
		},
	},
};
const credentials = { testApi: { user: 'alice', pass: 's3cret' } };
const credentialTypes = [testCredentialType];

/** Resolves when the execution's cancel signal aborts (what a node waiting on Stop sees). */
async function untilStopped(ctx: IExecuteFunctions): Promise<IDataObject> {
	const signal = ctx.getExecutionCancelSignal();
	if (!signal) return { hadSignal: false };
	if (!signal.aborted) {
		await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
	}
	return { hadSignal: true, aborted: signal.aborted };
}

/** A tiny programmatic node exercising what our real nodes rely on. */
const testNodeType: INodeType = {
	description: {
		displayName: 'Harness Test',
		name: 'harnessTest',
		group: ['transform'],
		version: 1,
		description: 'Node used to test the harness',
		defaults: { name: 'Harness Test' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'testApi', required: true }],
		properties: [
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Ping', value: 'ping' },
					{ name: 'Echo', value: 'echo' },
					{ name: 'Crash', value: 'crash' },
					{ name: 'Wait For Stop', value: 'waitForStop' },
				],
				default: 'ping',
			},
			{
				displayName: 'Thing',
				name: 'thing',
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				modes: [
					{
						displayName: 'From List',
						name: 'list',
						type: 'list',
						typeOptions: { searchListMethod: 'searchThings' },
					},
					{ displayName: 'By ID', name: 'id', type: 'string' },
				],
			},
			{ displayName: 'Label', name: 'label', type: 'string', default: '' },
			{ displayName: 'Fail On ID', name: 'failOnId', type: 'string', default: '' },
		],
	},
	methods: {
		listSearch: {
			async searchThings(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
				const response = (await this.helpers.httpRequestWithAuthentication.call(this, 'testApi', {
					method: 'GET',
					url: `${API}/v1/things`,
					qs: { cursor: paginationToken },
					json: true,
				})) as { items: Array<{ id: string; name: string }>; next?: string };
				const matching = response.items.filter((thing) => !filter || thing.name.includes(filter));
				return {
					results: matching.map((thing) => ({ name: thing.name, value: thing.id })),
					paginationToken: response.next,
				};
			},
		},
	},
	async execute(this: IExecuteFunctions) {
		const items = this.getInputData();
		const output: INodeExecutionData[] = [];
		// Thrown outside the per-item try: the node ignores continueOnFail, the engine handles it.
		if (this.getNodeParameter('operation', 0) === 'crash')
			throw new NodeOperationError(this.getNode(), 'Crashed');
		for (let i = 0; i < items.length; i++) {
			try {
				const operation = this.getNodeParameter('operation', i) as string;
				if (this.getNodeParameter('failOnId', i) === String(items[i].json.id)) {
					throw new NodeOperationError(this.getNode(), `Item ${items[i].json.id} is not allowed`, {
						itemIndex: i,
						description: 'Pick another item',
					});
				}
				if (operation === 'ping') {
					const response = (await this.helpers.httpRequestWithAuthentication.call(this, 'testApi', {
						method: 'GET',
						url: `${API}/v1/ping`,
						json: true,
					})) as IDataObject;
					output.push({ json: response, pairedItem: { item: i } });
				} else if (operation === 'waitForStop') {
					output.push({ json: await untilStopped(this), pairedItem: { item: i } });
				} else {
					output.push({
						json: {
							thing: this.getNodeParameter('thing', i, undefined, { extractValue: true }),
							label: this.getNodeParameter('label', i),
						},
						pairedItem: { item: i },
					});
				}
			} catch (error) {
				// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- already a NodeApiError/NodeOperationError
				if (!this.continueOnFail()) throw error;
				output.push({ json: { error: (error as Error).message }, pairedItem: { item: i } });
			}
		}
		return [output];
	},
};

/** A tiny polling trigger: emits events newer than the last seen id kept in static data. */
const testTriggerType: INodeType = {
	description: {
		displayName: 'Harness Test Trigger',
		name: 'harnessTestTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Polling trigger used to test the harness',
		defaults: { name: 'Harness Test Trigger' },
		polling: true,
		inputs: [],
		outputs: ['main'],
		credentials: [{ name: 'testApi', required: true }],
		properties: [],
	},
	async poll(this: IPollFunctions) {
		const state = this.getWorkflowStaticData('node');
		const lastId = (state.lastId as number | undefined) ?? 0;
		const events = (await this.helpers.httpRequestWithAuthentication.call(this, 'testApi', {
			method: 'GET',
			url: `${API}/v1/events`,
			qs: { after: lastId },
			json: true,
		})) as Array<{ id: number }>;
		if (events.length === 0) return null;
		state.lastId = Math.max(...events.map((event) => event.id));
		return [this.helpers.returnJsonArray(events)];
	},
};

// Jest runs test files one after another in the same process, each with its own copy of nock
// patching the shared http module: activate ours and restore it so files don't see each other's.
beforeAll(() => {
	if (!nock.isActive()) nock.activate();
	nock.disableNetConnect();
});
afterEach(() => nock.cleanAll());
afterAll(() => {
	nock.enableNetConnect();
	nock.restore();
});

describe('runNode', () => {
	it('sends the credential Basic auth through httpRequestWithAuthentication', async () => {
		const scope = nock(API, { reqheaders: { authorization: basicAuth } })
			.get('/v1/ping')
			.reply(200, { pong: true });

		const { items, error } = await runNode({
			nodeType: testNodeType,
			parameters: { operation: 'ping' },
			credentials,
			credentialTypes,
		});

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([{ pong: true }]);
		scope.done();
	});

	it('resolves resource locators and expressions per input item', async () => {
		const { items } = await runNode({
			nodeType: testNodeType,
			parameters: {
				operation: 'echo',
				thing: { __rl: true, mode: 'id', value: 'thing-7' },
				label: '={{ $json.id }}-label',
			},
			input: [{ id: 'a' }, { id: 'b' }],
			credentials,
			credentialTypes,
		});

		expect(items.map((item) => item.json)).toEqual([
			{ thing: 'thing-7', label: 'a-label' },
			{ thing: 'thing-7', label: 'b-label' },
		]);
	});

	it('turns a failing item into an error item when continue-on-fail is on', async () => {
		const { items, error } = await runNode({
			nodeType: testNodeType,
			parameters: {
				operation: 'echo',
				thing: { __rl: true, mode: 'id', value: 't' },
				failOnId: '2',
			},
			input: [{ id: 1 }, { id: 2 }, { id: 3 }],
			credentials,
			credentialTypes,
			continueOnFail: true,
		});

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([
			{ thing: 't', label: '' },
			{ error: 'Item 2 is not allowed' },
			{ thing: 't', label: '' },
		]);
	});

	it('surfaces a thrown NodeOperationError as the run error', async () => {
		const { items, error } = await runNode({
			nodeType: testNodeType,
			parameters: { operation: 'echo', failOnId: '2' },
			input: [{ id: 1 }, { id: 2 }],
			credentials,
			credentialTypes,
		});

		expect(items).toEqual([]);
		expect(error).toMatchObject({
			name: 'NodeOperationError',
			message: 'Item 2 is not allowed',
			description: 'Pick another item',
			context: { itemIndex: 1 },
		});
	});

	it('surfaces an HTTP failure as a NodeApiError with its httpCode', async () => {
		nock(API).get('/v1/ping').reply(404, { code: 'NotFound', message: 'No such ping' });

		const { error } = await runNode({
			nodeType: testNodeType,
			parameters: { operation: 'ping' },
			credentials,
			credentialTypes,
		});

		// NodeApiError replaces the message by a generic one per status; the body's message becomes the description.
		expect(error).toMatchObject({
			name: 'NodeApiError',
			httpCode: '404',
			message: 'The resource you are requesting could not be found',
			description: 'No such ping',
		});
	});

	it('passes input items through when a node throws despite continue-on-fail', async () => {
		const { items, error } = await runNode({
			nodeType: testNodeType,
			parameters: { operation: 'crash' },
			input: [{ id: 1 }, { id: 2 }],
			credentials,
			credentialTypes,
			continueOnFail: true,
		});

		expect(items.map((item) => item.json)).toEqual([{ id: 1 }, { id: 2 }]);
		expect(error?.message).toBe('Crashed');
	});
});

describe('stopping a run (what Stop in the editor does)', () => {
	const waiting = {
		nodeType: testNodeType,
		parameters: { operation: 'waitForStop' },
		credentials,
		credentialTypes,
	};

	it('startNode: stop() aborts the execution cancel signal the node holds; the run ends with its output', async () => {
		const running = startNode(waiting);
		await sleep(20);
		running.stop();
		const { items, error, stoppedAt } = await running.result;

		// n8n records a stopped run that had no node error as the workflow's cancel error.
		expect(error).toMatchObject({ name: 'ManualExecutionCancelledError' });
		// The node waits for the abort and nothing else: a stop that did not reach it would hang (testTimeout).
		expect(items.map((item) => item.json)).toEqual([{ hadSignal: true, aborted: true }]);
		expect(stoppedAt).toBeDefined();
	});

	it('runNode with stopAfterMs presses Stop after that much real time', async () => {
		const started = Date.now();
		const { items, stoppedAt } = await runNode({ ...waiting, stopAfterMs: 50 });

		expect(items.map((item) => item.json)).toEqual([{ hadSignal: true, aborted: true }]);
		expect((stoppedAt as number) - started).toBeGreaterThanOrEqual(40);
	});

	it('a run that is not stopped has no stoppedAt', async () => {
		const { items, stoppedAt } = await runNode({
			...waiting,
			parameters: { operation: 'echo', thing: { __rl: true, mode: 'id', value: 't' } },
		});

		expect(items).toHaveLength(1);
		expect(stoppedAt).toBeUndefined();
	});
});

describe('pollNode', () => {
	it('persists node static data across polls in the given object', async () => {
		const staticData: IDataObject = {};
		nock(API, { reqheaders: { authorization: basicAuth } })
			.get('/v1/events')
			.query({ after: 0 })
			.reply(200, [{ id: 1 }, { id: 2 }])
			.get('/v1/events')
			.query({ after: 2 })
			.reply(200, []);
		const poll = () =>
			pollNode({
				nodeType: testTriggerType,
				parameters: {},
				credentials,
				credentialTypes,
				staticData,
			});

		const first = await poll();
		expect(first?.[0].map((item) => item.json)).toEqual([{ id: 1 }, { id: 2 }]);
		expect(staticData['node:Harness Test Trigger']).toEqual({ lastId: 2 });

		expect(await poll()).toBeNull();
		expect(nock.isDone()).toBe(true);
	});
});

describe('loadListSearch', () => {
	it('calls the listSearch method with filter and pagination token', async () => {
		nock(API, { reqheaders: { authorization: basicAuth } })
			.get('/v1/things')
			.query({ cursor: 'page-2' })
			.reply(200, {
				items: [
					{ id: 't1', name: 'alpha' },
					{ id: 't2', name: 'beta' },
				],
				next: 'page-3',
			});

		const result = await loadListSearch({
			nodeType: testNodeType,
			methodName: 'searchThings',
			filter: 'alp',
			paginationToken: 'page-2',
			parameters: {},
			credentials,
			credentialTypes,
		});

		expect(result).toEqual({
			results: [{ name: 'alpha', value: 't1' }],
			paginationToken: 'page-3',
		});
	});
});
