import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection, updateFieldsCollection } from '../common/fields';
import { inputError } from '../common/validate';
import { readJsonObject } from '../common/jsonInput';
import { DESTINATION_REGIONS, NETWORKING_METHODS, TIME_ZONE_OFFSETS } from './values';

// Fields shared by Create and Update, and how their values become Fivetran's snake_case body fields.

export const regionField: INodeProperties = {
	displayName: 'Region',
	name: 'region',
	type: 'options',
	options: DESTINATION_REGIONS.map((region) => ({ name: region, value: region })),
	default: 'GCP_US_EAST4',
	description:
		'Where Fivetran processes the data on its way to the destination (data processing location)',
};

export const timeZoneOffsetField: INodeProperties = {
	displayName: 'Time Zone Offset',
	name: 'timeZoneOffset',
	type: 'options',
	options: TIME_ZONE_OFFSETS.map((offset) => ({
		name: offset === '0' ? 'UTC' : `UTC${offset}`,
		value: offset,
	})),
	default: '0',
	description: 'Time zone of the sync schedule, in whole hours from UTC',
};

export const configField: INodeProperties = {
	displayName: 'Config (JSON)',
	name: 'config',
	type: 'json',
	default: '{}',
	description:
		'Connection settings for this destination type, as a JSON object, e.g. {"host": "db.example.com", "port": 5432, "database": "analytics", "user": "fivetran", "password": "..."}. The fields differ per service; see the destination setup guide in the Fivetran docs.',
};

const daylightSavingTimeField: INodeProperties = {
	displayName: 'Daylight Saving Time',
	name: 'daylightSavingTimeEnabled',
	type: 'boolean',
	default: false,
	description: 'Whether the sync schedule shifts with daylight saving time (US time zones only)',
};

const runSetupTestsField: INodeProperties = {
	displayName: 'Run Setup Tests',
	name: 'runSetupTests',
	type: 'boolean',
	default: true,
	description:
		'Whether Fivetran tests the connection to the destination now; results come back in setup_tests',
};

export const trustCertificatesField: INodeProperties = {
	displayName: 'Trust Certificates',
	name: 'trustCertificates',
	type: 'boolean',
	default: false,
	description:
		"Whether the setup tests accept the destination's TLS certificate automatically. Off: an unknown certificate must be approved in Fivetran.",
};

export const trustFingerprintsField: INodeProperties = {
	displayName: 'Trust Fingerprints',
	name: 'trustFingerprints',
	type: 'boolean',
	default: false,
	description:
		"Whether the setup tests accept the SSH host's fingerprint automatically (SSH tunnel). Off: an unknown fingerprint must be approved in Fivetran.",
};

export const createAdditionalFields = additionalFieldsCollection([
	daylightSavingTimeField,
	{
		displayName: 'Networking Method',
		name: 'networkingMethod',
		type: 'options',
		options: NETWORKING_METHODS,
		default: 'Directly',
		description: 'How Fivetran reaches the destination',
	},
	runSetupTestsField,
	trustCertificatesField,
	trustFingerprintsField,
]);

export const updateFields: INodeProperties = updateFieldsCollection([
	configField,
	daylightSavingTimeField,
	regionField,
	runSetupTestsField,
	{
		...timeZoneOffsetField,
		description: `${timeZoneOffsetField.description}. Left out, the destination keeps its current offset.`,
	},
	trustCertificatesField,
	trustFingerprintsField,
]);

/** Node parameter name -> Fivetran body field, for the plain (non-JSON) settings. A Map: a
 * parameter named "constructor" or "__proto__" finds nothing here, not Object's own members. */
const API_FIELDS = new Map<string, string>([
	['daylightSavingTimeEnabled', 'daylight_saving_time_enabled'],
	['networkingMethod', 'networking_method'],
	['region', 'region'],
	['runSetupTests', 'run_setup_tests'],
	['trustCertificates', 'trust_certificates'],
	['trustFingerprints', 'trust_fingerprints'],
]);

/** The body fields for the settings the user added to a collection (Additional / Update Fields, Options). */
export function settingsBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	collectionName: string,
): IDataObject {
	const chosen = ctx.getNodeParameter(collectionName, itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	for (const [name, value] of Object.entries(chosen)) {
		const apiName = API_FIELDS.get(name);
		if (apiName !== undefined) body[apiName] = value;
	}
	if ('timeZoneOffset' in chosen) {
		body.time_zone_offset = readTimeZoneOffset(ctx, `${collectionName}.timeZoneOffset`, itemIndex);
	}
	if ('config' in chosen) {
		body.config = readJsonObject(ctx, `${collectionName}.config`, itemIndex, 'Config (JSON)');
	}
	return body;
}

/** Fivetran only takes "-11".."+12"; accept what an expression may give (5, "5", "+05") and send its form. */
export function toTimeZoneOffset(raw: unknown): string | undefined {
	const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
	if (!/^[+-]?\d{1,2}$/.test(text)) return undefined;
	const hours = Number(text);
	const canonical = hours > 0 ? `+${hours}` : String(hours); // String(-0) is "0"
	return TIME_ZONE_OFFSETS.includes(canonical) ? canonical : undefined;
}

export function readTimeZoneOffset(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
): string {
	const raw = ctx.getNodeParameter(name, itemIndex, '0') as unknown;
	const offset = toTimeZoneOffset(raw);
	if (offset === undefined) {
		inputError(
			ctx,
			itemIndex,
			`The parameter "Time Zone Offset" must be a whole number of hours from -11 to +12 (got ${JSON.stringify(raw)})`,
			'Choose an offset from the list, or make the expression return e.g. "-5", "0" or "+3".',
		);
	}
	return offset;
}
