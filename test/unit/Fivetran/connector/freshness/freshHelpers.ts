import type { IDataObject } from 'n8n-workflow';
import nock from 'nock';

import { fivetran, success } from '../../../fixtures';

// Three connectors in two groups, whose state is a function of the (faked) time of each request:
// the freshness tests replay a timeline and count what each look asked for.

export const T0 = Date.parse('2026-01-01T00:00:00Z');
export const iso = (offsetMs: number) => new Date(T0 + offsetMs).toISOString();
export const SECOND = 1000;
export const HOUR = 60 * 60 * SECOND;

export interface Shape {
	syncing?: boolean;
	paused?: boolean;
	broken?: boolean;
	delayed?: boolean;
	succeededAt?: string | null;
	failedAt?: string | null;
	tasks?: IDataObject[];
}

export function connectorOf(id: string, groupId: string, shape: Shape): IDataObject {
	return {
		id,
		group_id: groupId,
		service: 'postgres',
		schema: `${id}_schema`,
		paused: shape.paused === true,
		succeeded_at: shape.succeededAt === undefined ? iso(-3 * HOUR) : shape.succeededAt,
		failed_at: shape.failedAt ?? null,
		status: {
			setup_state: shape.broken ? 'broken' : 'connected',
			sync_state: shape.paused ? 'paused' : shape.syncing ? 'syncing' : 'scheduled',
			update_state: shape.delayed ? 'delayed' : 'on_schedule',
			tasks: shape.tasks ?? [],
			warnings: [],
		},
	};
}

export type Timeline = Record<string, { groupId: string; at: (elapsedMs: number) => Shape }>;

export interface Recorded {
	method: string;
	path: string;
	atMs: number;
	body?: unknown;
}

/**
 * Fivetran as the timeline says: GET /groups/{g}/connections (limit 1000), GET /connections/{id},
 * POST /connections/{id}/sync. Every request is recorded with the fake time it arrived at.
 */
export function fakeFivetran(timeline: Timeline, now: () => number): Recorded[] {
	const seen: Recorded[] = [];
	const elapsed = () => now() - T0;
	const groups = [...new Set(Object.values(timeline).map((c) => c.groupId))];
	const scope = fivetran().persist();
	for (const groupId of groups) {
		scope
			.get(`/v1/groups/${groupId}/connections`)
			.query({ limit: '1000' })
			.reply(() => {
				seen.push({ method: 'GET', path: `/groups/${groupId}/connections`, atMs: elapsed() });
				const items = Object.entries(timeline)
					.filter(([, c]) => c.groupId === groupId)
					.map(([id, c]) => connectorOf(id, groupId, c.at(elapsed())));
				return [200, success({ items })];
			});
	}
	for (const [id, c] of Object.entries(timeline)) {
		scope.get(`/v1/connections/${id}`).reply(() => {
			seen.push({ method: 'GET', path: `/connections/${id}`, atMs: elapsed() });
			return [200, success(connectorOf(id, c.groupId, c.at(elapsed())))];
		});
		scope.post(`/v1/connections/${id}/sync`).reply((_uri, body) => {
			seen.push({ method: 'POST', path: `/connections/${id}/sync`, atMs: elapsed(), body });
			return [200, { code: 'Success', message: 'Sync has been successfully triggered' }];
		});
	}
	return seen;
}

/** The requests of each look, by the time they were sent (looks are Poll Interval apart). */
export function byLook(seen: Recorded[], intervalMs: number): string[][] {
	const looks: string[][] = [];
	for (const request of seen) {
		const index = Math.round(request.atMs / intervalMs);
		(looks[index] ??= []).push(`${request.method} ${request.path}`);
	}
	return looks;
}

export const cleanNock = () => nock.cleanAll();

/**
 * The case: c_fresh (group g_one) syncing, then fresh after 20 s; c_stale (g_two) stale and
 * idle until a sync is requested, which runs 10 s..50 s; c_paused (g_one) paused all along.
 */
export function threeConnectors(syncStartedAt: () => number | undefined): Timeline {
	return {
		c_fresh: {
			groupId: 'g_one',
			at: (t) => (t < 20 * SECOND ? { syncing: true } : { succeededAt: iso(20 * SECOND) }),
		},
		c_paused: { groupId: 'g_one', at: () => ({ paused: true, succeededAt: iso(-2 * HOUR) }) },
		c_stale: {
			groupId: 'g_two',
			at: (t) => {
				const started = syncStartedAt();
				if (started === undefined) return {};
				return t < started + 50 * SECOND
					? { syncing: true }
					: { succeededAt: iso(started + 50 * SECOND) };
			},
		},
	};
}
