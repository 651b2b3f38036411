import type { IDataObject, INodeParameters } from 'n8n-workflow';
import nock from 'nock';

import { FivetranApi } from '../../../credentials/FivetranApi.credentials';
import { clock } from '../../../nodes/shared/clock';
import { FivetranTrigger } from '../../../nodes/FivetranTrigger/FivetranTrigger.node';
import { forgetRecentPolls } from '../../../nodes/FivetranTrigger/poll/recentPolls';
import { pollNode } from '../../harness';
import { credentialsFor, fivetran, success } from '../fixtures';

export const NODE_KEY = 'node:Fivetran Trigger';
export const VERSIONED = 'application/json;version=2';

beforeAll(() => {
	nock.disableNetConnect();
	nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/); // the in-process sandbox only
});
afterEach(() => nock.cleanAll());
// Every test is a new n8n process: the harness gives all triggers one workflow and node ID.
beforeEach(() => forgetRecentPolls());

export interface ConnectorSpec {
	setup_state?: string;
	sync_state?: string;
	paused?: boolean;
	succeeded_at?: string | null;
	failed_at?: string | null;
	created_at?: string;
	group_id?: string;
	tasks?: IDataObject[];
	warnings?: IDataObject[];
}

/** A connection object as Fivetran returns it, healthy unless told otherwise. */
export function connector(id: string, spec: ConnectorSpec = {}): IDataObject {
	return {
		id,
		group_id: spec.group_id ?? 'g1',
		service: 'postgres',
		schema: `${id}_schema`,
		paused: spec.paused ?? false,
		created_at: spec.created_at ?? '2025-01-01T00:00:00.000Z',
		succeeded_at: spec.succeeded_at === undefined ? '2025-12-31T10:00:00.000Z' : spec.succeeded_at,
		failed_at: spec.failed_at ?? null,
		status: {
			setup_state: spec.setup_state ?? 'connected',
			sync_state: spec.sync_state ?? (spec.paused ? 'paused' : 'scheduled'),
			update_state: 'on_schedule',
			is_historical_sync: false,
			tasks: spec.tasks ?? [],
			warnings: spec.warnings ?? [],
		},
	};
}

export function page(items: IDataObject[], nextCursor?: string): IDataObject {
	return success({ items, ...(nextCursor ? { next_cursor: nextCursor } : {}) });
}

/** Expects exactly one GET /v1/connections?limit=1000 answering `items`. */
export function accountList(items: IDataObject[]): nock.Scope {
	return fivetran()
		.matchHeader('accept', VERSIONED)
		.get('/v1/connections')
		.query({ limit: 1000 })
		.reply(200, page(items));
}

/** A settable clock.now(); sleeps are instant and advance it. */
export function controlTime(start = Date.parse('2026-01-01T00:00:00.000Z')): {
	set: (iso: string) => void;
} {
	let now = start;
	jest.spyOn(clock, 'now').mockImplementation(() => now);
	jest.spyOn(clock, 'sleep').mockImplementation(async (ms: number) => {
		now += ms;
	});
	return { set: (iso) => (now = Date.parse(iso)) };
}

export async function pollTrigger(
	parameters: INodeParameters,
	staticData: IDataObject,
	mode: 'trigger' | 'manual' = 'trigger',
): Promise<IDataObject[] | null> {
	const result = await pollNode({
		nodeType: new FivetranTrigger(),
		parameters,
		credentials: credentialsFor(),
		credentialTypes: [new FivetranApi()],
		staticData,
		mode,
	});
	return result === null ? null : result[0].map((item) => item.json);
}

export const rlId = (value: string) => ({ __rl: true, mode: 'id', value });

/** Static data as n8n would persist it (it holds proxies, so structuredClone cannot copy it). */
export const persisted = (staticData: IDataObject): IDataObject =>
	JSON.parse(JSON.stringify(staticData));

/**
 * Polls in account scope with a shared memory: sets the clock to `at`, serves `items` as the
 * one page of GET /v1/connections and checks that this was the poll's only request.
 */
export function accountPoller(parameters: INodeParameters) {
	const time = controlTime();
	const staticData: IDataObject = {};
	const poll = async (items: IDataObject[], at: string) => {
		time.set(at);
		const api = accountList(items);
		const result = await pollTrigger(parameters, staticData);
		expect(api.isDone()).toBe(true);
		return result;
	};
	return { poll, staticData, time };
}
