import type { IDataObject } from 'n8n-workflow';

import { FivetranApi } from '../../../credentials/FivetranApi.credentials';
import { FivetranTrigger } from '../../../nodes/FivetranTrigger/FivetranTrigger.node';
import { pollNode } from '../../harness';
import { NODE_KEY } from './helpers';

// The trigger against the local Fivetran stand-in: real connector shapes, real pagination, no mocks.
const { startSandbox } = require('../../../sandbox');

interface Sandbox {
	baseUrl: string;
	close(): Promise<void>;
	control: {
		reset(options: IDataObject): IDataObject;
		breakConnection(id: string): IDataObject;
		fixConnection(id: string): IDataObject;
		stats(): { total: number; byPath: Record<string, number> };
		failNextTransformationRun(id: string, message: string): IDataObject;
		startTransformationRun(id: string): IDataObject;
		completeTransformationRun(id: string): IDataObject;
		setAgentOnline(id: string, online: boolean): IDataObject;
		resetStats(): void;
	};
	state: {
		connections: Map<string, IDataObject>;
		transformations: Map<string, IDataObject>;
		agents: Map<string, IDataObject>;
	};
}

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, quiet: true, seed: 'demo' });
});
afterAll(async () => await sandbox.close());

async function poll(parameters: IDataObject, staticData: IDataObject) {
	const result = await pollNode({
		nodeType: new FivetranTrigger(),
		parameters: parameters as never,
		credentials: {
			fivetranApi: { apiKey: 'sandbox-key', apiSecret: 'sandbox-secret', baseUrl: sandbox.baseUrl },
		},
		credentialTypes: [new FivetranApi()],
		staticData,
	});
	return result === null ? null : result[0].map((item) => item.json);
}

describe('Fivetran Trigger against the sandbox', () => {
	it('break -> one connectorBroken (+ syncFailed) item; fix -> connectorRecovered; once each', async () => {
		sandbox.control.reset({ seed: 'demo' });
		const parameters = {
			scope: 'account',
			events: ['connectorBroken', 'connectorRecovered', 'syncFailed'],
		};
		const staticData: IDataObject = {};
		expect(await poll(parameters, staticData)).toBeNull();

		const [id] = [...sandbox.state.connections.keys()];
		sandbox.control.breakConnection(id);
		const broken = await poll(parameters, staticData);
		expect(broken?.map((i) => [i.event, i.connector_id])).toEqual([
			['connectorBroken', id],
			['syncFailed', id],
		]);
		expect((broken?.[0].failure as IDataObject).tasks).toEqual([
			expect.objectContaining({ code: 'reconnect' }),
		]);
		expect(await poll(parameters, staticData)).toBeNull();

		sandbox.control.fixConnection(id);
		expect((await poll(parameters, staticData))?.map((i) => i.event)).toEqual([
			'connectorRecovered',
		]);
		expect(await poll(parameters, staticData)).toBeNull();
	});

	it('50,000 connectors: 50 requests per poll one list after another, 52 side by side; remembered state stays small with the default event', async () => {
		sandbox.control.reset({ seed: 'empty', generateConnectors: 50_000 });
		const oneList: IDataObject = {};
		sandbox.control.resetStats();
		const sequential = {
			scope: 'account',
			events: ['connectorBroken'],
			options: { parallelGroupReads: 1 },
		};
		expect(await poll(sequential, oneList)).toBeNull();
		expect(sandbox.control.stats().total).toBe(50);
		// The account list's first page, GET /groups, then the 50 groups' lists (1,000 each).
		const staticData: IDataObject = {};
		sandbox.control.resetStats();
		const sideBySide = { scope: 'account', events: ['connectorBroken'] };
		expect(
			await poll({ ...sideBySide, options: { parallelGroupReads: 4 } }, staticData),
		).toBeNull();
		expect(sandbox.control.stats().total).toBe(52);
		// The same connectors remembered, in the groups' order instead of the account's.
		const broken = (data: IDataObject) =>
			[...((data[NODE_KEY] as IDataObject).broken as string[])].sort();
		expect(broken(staticData)).toEqual(broken(oneList));
		expect(broken(staticData)).toHaveLength(515);
		const remembered = staticData[NODE_KEY] as IDataObject;
		expect(JSON.stringify(remembered).length).toBeLessThan(50_000);

		const withSync: IDataObject = {};
		await poll(
			{ scope: 'account', events: ['connectorBroken', 'syncFailed', 'syncSucceeded'] },
			withSync,
		);
		expect(JSON.stringify(withSync[NODE_KEY]).length).toBeLessThan(2_500_000);
	}, 60_000);

	it('transformation run fails -> one transformationFailed with its errors; agent offline / back online once each', async () => {
		sandbox.control.reset({ seed: 'demo' });
		const parameters = {
			scope: 'account',
			events: ['transformationFailed', 'hybridAgentOffline', 'hybridAgentBackOnline'],
		};
		const staticData: IDataObject = {};
		expect(await poll(parameters, staticData)).toBeNull();
		const [t] = [...sandbox.state.transformations.keys()];
		const [a] = [...sandbox.state.agents.keys()];
		sandbox.control.setAgentOnline(a, true);
		await poll(parameters, staticData); // whatever the seed had offline, now known
		sandbox.control.failNextTransformationRun(t, 'model orders failed');
		sandbox.control.startTransformationRun(t);
		sandbox.control.completeTransformationRun(t);
		sandbox.control.setAgentOnline(a, false);
		const items = await poll(parameters, staticData);
		expect(items?.map((i) => [i.event, i.transformation_id ?? i.agent_id])).toEqual([
			['transformationFailed', t],
			['hybridAgentOffline', a],
		]);
		expect(items?.[0].errors).toEqual(['model orders failed']);
		expect(await poll(parameters, staticData)).toBeNull();
		sandbox.control.setAgentOnline(a, true);
		expect((await poll(parameters, staticData))?.map((i) => i.event)).toEqual([
			'hybridAgentBackOnline',
		]);
	});
});
