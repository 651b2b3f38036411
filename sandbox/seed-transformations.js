'use strict';
// Demo transformations (one or more per demo group), the dbt Core project they use and two
// hybrid deployment agents (one online, one offline). Fixed ids, timestamps relative to start.
const { iso } = require('./sync');

const MIN = 60 * 1000;

const PROJECT = {
	id: 'crafty_kestrel', type: 'DBT_CORE', group_id: 'quiet_heron', created_at: '2023-10-05T09:00:00.000Z', created_by_id: 'admiral_owl',
	status: 'READY', errors: [],
	setup_tests: [
		{ title: 'Git repository access', status: 'PASSED', message: '' },
		{ title: 'dbt project structure', status: 'PASSED', message: '' },
		{ title: 'Destination connection', status: 'PASSED', message: '' },
	],
	project_config: {
		dbt_version: '1.7.3', default_schema: 'analytics', git_remote_url: 'git@github.com:acme/product-analytics-dbt.git',
		folder_path: '/', git_branch: 'main', threads: 4, target_name: 'prod', environment_vars: ['DBT_TARGET_ENV=prod'],
		public_key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAISandboxPublicKeyForDemoOnly fivetran-sandbox',
	},
};

// ranAgo / ranFor: minutes before start the last run began, and how long it took.
const TRANSFORMATIONS = [
	{ id: 'tidal_narwhal', group_id: 'quiet_heron', type: 'DBT_CORE', status: 'SUCCEEDED', ranAgo: 40, ranFor: 4,
		schedule: { schedule_type: 'INTEGRATED', connection_ids: ['mellow_crane'], smart_syncing: false },
		output_model_names: ['fct_orders', 'dim_users'],
		transformation_config: { project_id: 'crafty_kestrel', name: 'Daily product models', steps: [{ name: 'Build', command: 'dbt build --select tag:daily' }] } },
	{ id: 'sleepy_koala', group_id: 'quiet_heron', type: 'DBT_CORE', status: 'SUCCEEDED', paused: true, ranAgo: 7 * 1440, ranFor: 12,
		schedule: { schedule_type: 'TIME_OF_DAY', time_of_day: '03:30', days_of_week: ['MONDAY'] },
		output_model_names: ['weekly_cohorts'],
		transformation_config: { project_id: 'crafty_kestrel', name: 'Weekly cohorts', steps: [{ name: 'Cohorts', command: 'dbt run --select weekly_cohorts' }] } },
	{ id: 'gentle_quokka', group_id: 'sandy_lamb', type: 'QUICKSTART', status: 'SUCCEEDED', ranAgo: 110, ranFor: 6,
		schedule: { schedule_type: 'INTEGRATED' },
		output_model_names: ['salesforce__opportunity_enhanced', 'salesforce__sales_snapshot'],
		transformation_config: { package_name: 'salesforce', connection_ids: ['dapper_walrus'], excluded_models: [], upgrade_available: false, configurable_variables: {} } },
	{ id: 'rapid_bison', group_id: 'brisk_otter', type: 'QUICKSTART', status: 'FAILED', ranAgo: 25, ranFor: 2,
		errors: ["Model 'stripe__balance_transactions' failed: relation \"stripe.balance_transaction\" does not exist"],
		schedule: { schedule_type: 'INTERVAL', interval: 60 },
		output_model_names: ['stripe__balance_transactions', 'stripe__customer_overview'],
		transformation_config: { package_name: 'stripe', connection_ids: ['noble_falcon'], excluded_models: [], upgrade_available: true, configurable_variables: {} } },
	// Shaped like the real answers of Fivetran's clients (issue 20): no last_started_at / last_ended_at
	// in any answer (the sandbox keeps them for its own run lifecycle), so a client must go by status.
	{ id: 'mossy_tapir', group_id: 'sandy_lamb', type: 'QUICKSTART', status: 'SUCCEEDED', ranAgo: 300, ranFor: 3, hideRunTimes: true,
		schedule: { schedule_type: 'INTERVAL', interval: 360 },
		transformation_config: { package_name: 'hubspot', connection_ids: ['lively_puffin'], excluded_models: [], upgrade_available: false } },
];

const AGENTS = [
	{ id: 'steel_mantis', display_name: 'analytics-onprem-01', group_id: 'quiet_heron', deployment_type: 'DOCKER', online: true, lastUsedAgo: 1 },
	{ id: 'drowsy_yak', display_name: 'finance-k8s-agent', group_id: 'brisk_otter', deployment_type: 'KUBERNETES', online: false, lastUsedAgo: 3 * 1440 },
];

// Shaped like the agents of Fivetran's Go client (issue 20): only id, name, group and registration
// time; no online, enabled, version, deployment_type, created_by, updated_at or last_used_at.
const SPARSE_AGENTS = [
	{ id: 'faint_pangolin', display_name: 'marketing-vm-agent', group_id: 'sandy_lamb', registered_at: '2024-03-02T10:00:00.000Z' },
];

function seedTransformations(store, now) {
	store.put('transformationProjects', structuredClone(PROJECT));
	for (const { ranAgo, ranFor, ...spec } of TRANSFORMATIONS) {
		store.put('transformations', {
			paused: false, created_at: '2023-11-01T10:00:00.000Z', created_by_id: 'admiral_owl',
			...structuredClone(spec),
			last_started_at: iso(now - ranAgo * MIN), last_ended_at: iso(now - (ranAgo - ranFor) * MIN),
		});
	}
	for (const { lastUsedAgo, ...spec } of AGENTS) {
		store.put('agents', {
			version: '1.4.2', enabled: true, registered_at: '2024-01-15T08:00:00.000Z', created_by: 'admiral_owl',
			updated_at: '2024-01-15T08:00:00.000Z', ...spec, last_used_at: iso(now - lastUsedAgo * MIN),
		});
	}
	for (const spec of SPARSE_AGENTS) store.put('agents', structuredClone(spec));
}

module.exports = { seedTransformations, DEMO_TRANSFORMATIONS: { PROJECT, TRANSFORMATIONS, AGENTS, SPARSE_AGENTS } };
