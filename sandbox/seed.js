'use strict';
// Demo account (fixed ids, relative timestamps) and a fast generator for large accounts.
const { newGroup, newConnection, newDestination, newSchemaConfig } = require('./records');
const { iso } = require('./sync');
const { seedTransformations } = require('./seed-transformations');

const MIN = 60 * 1000;

const USERS = [
	['admiral_owl', 'Alex', 'Morgan', 'Account Administrator', true],
	['cosmic_wren', 'Priya', 'Shah', 'Account Reviewer', true],
	['humble_gecko', 'Jordan', 'Lee', 'Account Analyst', true],
	['witty_robin', 'Sam', 'Chen', 'Account Analyst', true],
	['solar_moose', 'Taylor', 'Kim', 'Account Reviewer', false],
];

const GROUPS = [
	{
		id: 'sandy_lamb', name: 'Marketing Warehouse', created: '2023-02-14T09:30:00.000Z',
		destination: { service: 'snowflake', region: 'AWS_US_EAST_1', time_zone_offset: '-5',
			config: { host: 'acme.snowflakecomputing.com', port: 443, database: 'MARKETING', auth: 'PASSWORD', user: 'FIVETRAN_USER', password: 'sandbox-snowflake-pass' } },
		members: [['admiral_owl', 'Destination Administrator'], ['cosmic_wren', 'Destination Analyst'], ['solar_moose', 'Destination Reviewer']],
	},
	{
		id: 'brisk_otter', name: 'Finance', created: '2023-05-03T14:00:00.000Z',
		destination: { service: 'big_query', region: 'GCP_US_EAST4', time_zone_offset: '0',
			config: { project_id: 'acme-finance', data_set_location: 'US', secret_key: 'sandbox-gcp-key' } },
		members: [['admiral_owl', 'Destination Administrator'], ['humble_gecko', 'Destination Administrator']],
	},
	{
		id: 'quiet_heron', name: 'Product Analytics', created: '2023-09-21T08:15:00.000Z',
		destination: { service: 'postgres_warehouse', region: 'GCP_EUROPE_WEST3', time_zone_offset: '+1',
			config: { host: 'warehouse.internal.example', port: 5432, database: 'analytics', user: 'fivetran', password: 'sandbox-pg-pass', connection_type: 'Directly' } },
		members: [['witty_robin', 'Destination Administrator'], ['humble_gecko', 'Destination Analyst'], ['admiral_owl', 'Destination Reviewer']],
	},
];

// ago: minutes before start for succeeded_at / failed_at.
const CONNECTIONS = [
	{ id: 'mellow_crane', group_id: 'quiet_heron', service: 'postgres', schema: 'app_db', sync_frequency: 60, ok: 35, schemas: true,
		config: { host: 'db.internal.example', port: 5432, database: 'app', user: 'fivetran', password: 'sandbox-pg-pass', update_method: 'XMIN', schema_prefix: 'app_db', connection_type: 'Directly' } },
	{ id: 'dapper_walrus', group_id: 'sandy_lamb', service: 'salesforce', schema: 'salesforce', sync_frequency: 360, ok: 120, schemas: true,
		config: { schema: 'salesforce', is_sandbox: false, client_secret: 'sandbox-sf-secret' } },
	{ id: 'fuzzy_badger', group_id: 'sandy_lamb', service: 'google_ads', schema: 'google_ads', sync_frequency: 1440, ok: 4320, failed: 30,
		config: { schema: 'google_ads', customer_id: '123-456-7890', sync_mode: 'AllAccounts' },
		broken: { code: 'reconnect', message: 'Google Ads access was revoked. Reconnect the connection to resume syncing.' } },
	{ id: 'lively_puffin', group_id: 'sandy_lamb', service: 'hubspot', schema: 'hubspot', sync_frequency: 360, ok: 2880, paused: true,
		config: { schema: 'hubspot', access_token: 'sandbox-hubspot-token' } },
	{ id: 'noble_falcon', group_id: 'brisk_otter', service: 'stripe', schema: 'stripe', sync_frequency: 30, ok: 12, schemas: true,
		config: { schema: 'stripe', secret_key: 'sandbox-stripe-key' } },
	{ id: 'tidy_marmot', group_id: 'brisk_otter', service: 'google_sheets', schema: 'budget_sheet.fy2024', sync_frequency: 1440, ok: 10080, failed: 90,
		config: { schema: 'budget_sheet', table: 'fy2024', sheet_id: 'sandbox-sheet-1', named_range: 'budget' },
		broken: { code: 'resolve_sheet_access', message: "The named range 'budget' no longer exists in the sheet. Fix the range and re-run setup tests." } },
	{ id: 'clever_lynx', group_id: 'quiet_heron', service: 'connector_sdk', schema: 'events_sdk', sync_frequency: 15, ok: 8,
		config: { schema: 'events_sdk', api_token: 'sandbox-sdk-token', base_url: 'http://127.0.0.1:9/events' },
		state: { cursor: '2024-06-01T00:00:00Z', page: 42 } },
	{ id: 'steady_ibis', group_id: 'quiet_heron', service: 'zendesk', schema: 'zendesk', sync_frequency: 60, ok: 75, rescheduledIn: 45,
		config: { schema: 'zendesk', domain: 'acme' } },
];

function addUsers(store, users, now) {
	for (const [id, given_name, family_name, role, active] of users) {
		store.addUser({
			id, email: `${given_name}.${family_name}@example.com`.toLowerCase(), given_name, family_name,
			verified: true, invited: false, picture: null, phone: null, role, active,
			logged_in_at: active ? iso(now - 26 * 60 * MIN) : null, created_at: '2023-01-10T12:00:00.000Z',
		});
	}
}

function seedDemo(store, now) {
	addUsers(store, USERS.slice(1), now);
	for (const g of GROUPS) {
		store.addGroup(newGroup({ id: g.id, name: g.name, created_at: g.created }));
		store.addDestination(newDestination({ group_id: g.id, ...g.destination }));
		for (const [userId, role] of g.members) store.addMembership(g.id, userId, role);
	}
	CONNECTIONS.forEach((spec, i) => {
		const status = {};
		if (spec.broken) Object.assign(status, { setup_state: 'broken', update_state: 'delayed', tasks: [spec.broken] });
		if (spec.rescheduledIn) Object.assign(status, { sync_state: 'rescheduled', rescheduled_for: iso(now + spec.rescheduledIn * MIN) });
		const c = store.addConnection(newConnection({
			...spec,
			connected_by: 'admiral_owl',
			created_at: iso(Date.UTC(2023, 9, 2 + i * 3, 10, 0)),
			succeeded_at: spec.ok ? iso(now - spec.ok * MIN) : null,
			failed_at: spec.failed ? iso(now - spec.failed * MIN) : null,
			status,
		}));
		if (spec.schemas) store.schemaConfigs.set(c.id, newSchemaConfig(c.service, c.schema));
		if (spec.state) store.sdkStates.set(c.id, { ...spec.state });
	});
	seedTransformations(store, now);
}

const GEN_SERVICES = ['postgres', 'salesforce', 'hubspot', 'google_ads', 'stripe', 'zendesk', 'mysql', 'shopify', 'jira', 'google_sheets'];
const GEN_DESTINATIONS = ['snowflake', 'big_query', 'redshift', 'databricks', 'postgres_warehouse'];

const pad = (n, width) => String(n).padStart(width, '0');

// `count` connections gen_000001.. spread round-robin over up to 50 groups gen_group_01...
// Every 97th is broken, every 53rd paused; the rest connected. Deterministic apart from timestamps.
function generateAccount(store, count, now = Date.now()) {
	if (!count) return;
	const groupCount = Math.max(1, Math.min(50, Math.ceil(count / 100)));
	const groupIds = [];
	for (let g = 1; g <= groupCount; g++) {
		const id = `gen_group_${pad(g, 2)}`;
		groupIds.push(id);
		store.addGroup(newGroup({ id, name: `Generated Group ${pad(g, 2)}`, created_at: '2024-01-01T00:00:00.000Z' }));
		store.addDestination(newDestination({ group_id: id, service: GEN_DESTINATIONS[g % GEN_DESTINATIONS.length], config: { database: `gen_${g}` } }));
	}
	const created = '2024-02-01T00:00:00.000Z';
	for (let i = 1; i <= count; i++) {
		const service = GEN_SERVICES[i % GEN_SERVICES.length];
		const schema = `${service}_${pad(i, 6)}`;
		const broken = i % 97 === 0;
		const status = broken
			? { setup_state: 'broken', update_state: 'delayed', tasks: [{ code: 'reconnect', message: 'Credentials expired. Reconnect to resume syncing.' }] }
			: undefined;
		store.connections.set(`gen_${pad(i, 6)}`, newConnection({
			id: `gen_${pad(i, 6)}`, group_id: groupIds[i % groupCount], service, schema,
			paused: i % 53 === 0, created_at: created, connected_by: store.account.user_id,
			succeeded_at: iso(now - ((i % 1440) + 1) * MIN), failed_at: broken ? iso(now - 5 * MIN) : null,
			sync_frequency: 360, status, config: { schema },
		}));
	}
	store._touch('connections');
}

function seedAccount(store, { seed = 'demo', generateConnectors = 0, now = Date.now() } = {}) {
	if (seed !== 'demo' && seed !== 'empty') throw new Error(`Unknown seed '${seed}' (use 'demo' or 'empty')`);
	if (!Number.isInteger(generateConnectors) || generateConnectors < 0) throw new Error('generateConnectors must be a non-negative integer');
	store.clear();
	// Every seed has the account owner, so GET /account/info always has a user_id.
	addUsers(store, USERS.slice(0, 1), now);
	store.account.user_id = USERS[0][0];
	if (seed === 'demo') seedDemo(store, now);
	generateAccount(store, generateConnectors, now);
}

module.exports = { seedAccount, DEMO: { GROUPS, CONNECTIONS, USERS } };
