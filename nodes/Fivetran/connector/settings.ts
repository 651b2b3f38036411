import type { IDataObject, INodeProperties } from 'n8n-workflow';

// The connector settings that Create and Update share. Parameter names are camelCase in n8n;
// API_FIELD maps each one to Fivetran's field name.

export const API_FIELD: Record<string, string> = {
	paused: 'paused',
	pauseAfterTrial: 'pause_after_trial',
	syncFrequency: 'sync_frequency',
	scheduleType: 'schedule_type',
	dailySyncTime: 'daily_sync_time',
	dataDelaySensitivity: 'data_delay_sensitivity',
	dataDelayThreshold: 'data_delay_threshold',
	trustCertificates: 'trust_certificates',
	trustFingerprints: 'trust_fingerprints',
	runSetupTests: 'run_setup_tests',
};

/** Fivetran accepts these in a request but does not store them: they only steer the setup tests. */
export const TEST_CONTROL_FIELDS = ['trustCertificates', 'trustFingerprints', 'runSetupTests'];

function frequencyName(minutes: number): string {
	if (minutes < 60) return minutes === 1 ? '1 Minute' : `${minutes} Minutes`;
	const hours = minutes / 60;
	return hours === 1 ? '1 Hour' : `${hours} Hours`;
}

const hours = Array.from({ length: 24 }, (_, hour) => `${String(hour).padStart(2, '0')}:00`);

export const settingsFields: INodeProperties[] = [
	{
		displayName: 'Daily Sync Time (UTC)',
		name: 'dailySyncTime',
		type: 'options',
		options: hours.map((time) => ({ name: time, value: time })),
		default: '00:00',
		description: 'When the daily sync starts; only used with a sync frequency of 24 hours',
	},
	{
		displayName: 'Data Delay Sensitivity',
		name: 'dataDelaySensitivity',
		type: 'options',
		options: [
			{ name: 'Custom', value: 'CUSTOM' },
			{ name: 'High', value: 'HIGH' },
			{ name: 'Low', value: 'LOW' },
			{ name: 'Normal', value: 'NORMAL' },
			{ name: 'Sync Frequency', value: 'SYNC_FREQUENCY' },
		],
		default: 'NORMAL',
		description: 'How soon Fivetran notifies that data is delayed',
	},
	{
		displayName: 'Data Delay Threshold (Minutes)',
		name: 'dataDelayThreshold',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description:
			'Delay after which Fivetran notifies; only used with Data Delay Sensitivity "Custom"',
	},
	{
		displayName: 'Pause After Trial',
		name: 'pauseAfterTrial',
		type: 'boolean',
		default: false,
		description: 'Whether the connector is paused when its free trial ends',
	},
	{
		displayName: 'Paused',
		name: 'paused',
		type: 'boolean',
		default: false,
		description: 'Whether the connector is paused (does not sync)',
	},
	{
		displayName: 'Run Setup Tests',
		name: 'runSetupTests',
		type: 'boolean',
		default: true,
		description:
			'Whether Fivetran runs the setup tests (source connection checks) with this request',
	},
	{
		displayName: 'Schedule Type',
		name: 'scheduleType',
		type: 'options',
		options: [
			{ name: 'Auto', value: 'auto', description: 'Fivetran syncs at the sync frequency' },
			{
				name: 'Manual',
				value: 'manual',
				description: 'Syncs run only when triggered (e.g. by the Sync operation)',
			},
		],
		default: 'auto',
	},
	{
		displayName: 'Sync Frequency',
		name: 'syncFrequency',
		type: 'options',
		options: [1, 5, 15, 30, 60, 120, 180, 360, 480, 720, 1440].map((minutes) => ({
			name: frequencyName(minutes),
			value: minutes,
		})),
		default: 360,
		description: 'How often Fivetran syncs the connector',
	},
	{
		displayName: 'Trust Certificates',
		name: 'trustCertificates',
		type: 'boolean',
		default: false,
		description: "Whether the setup tests trust the source's TLS certificate automatically",
	},
	{
		displayName: 'Trust Fingerprints',
		name: 'trustFingerprints',
		type: 'boolean',
		default: false,
		description: 'Whether the setup tests trust the SSH host fingerprint automatically',
	},
];

const NUMERIC = new Set(['syncFrequency', 'dataDelayThreshold']);

/** An expression may hand over "60" where Fivetran wants the integer 60. */
function asApiValue(name: string, value: unknown): unknown {
	if (
		NUMERIC.has(name) &&
		typeof value === 'string' &&
		value.trim() !== '' &&
		!Number.isNaN(Number(value))
	) {
		return Number(value);
	}
	return value;
}

/** The given settings under Fivetran's field names; unset settings are left out. */
export function settingsBody(fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const [name, apiName] of Object.entries(API_FIELD)) {
		if (fields[name] !== undefined)
			body[apiName] = asApiValue(name, fields[name]) as IDataObject[string];
	}
	return body;
}
