/*
 * Checks requests built by our nodes against facts derived from Fivetran's OpenAPI document
 * (fivetran-contract.json, regenerated with `npm run contract`). Test-only code.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

export interface ContractQueryParam {
	required: boolean;
	type?: string;
	format?: string;
	enum?: unknown[];
	default?: unknown;
	minimum?: number;
	maximum?: number;
	/** 'description' when the bounds come from the parameter's prose, not its schema. */
	rangeSource?: string;
}

export interface ContractField {
	type?: string | string[];
	enum?: unknown[];
	format?: string;
	items?: string;
}

export interface ContractBody {
	required: boolean;
	contentTypes: string[];
	requiredFields?: string[];
	fields?: Record<string, ContractField>;
	additionalProperties?: boolean;
	discriminator?: { property: string; values: string[] };
}

export interface ContractOperation {
	operationId: string;
	summary?: string;
	deprecated?: boolean;
	accept?: string;
	acceptEnum?: string[];
	query?: Record<string, ContractQueryParam>;
	pathParams?: string[];
	body?: ContractBody;
	success: number[];
	otherStatuses?: Array<number | string>;
	responseContentTypes?: string[];
}

export interface Contract {
	generatedBy: string;
	source: { openapi: string; title?: string; version?: string; servers: string[]; sha256: string };
	paths: Record<string, Record<string, ContractOperation>>;
}

export interface ContractRequest {
	method: string;
	/** Full path including /v1, without host or query string. */
	path: string;
	query?: Record<string, unknown>;
	body?: unknown;
	headers?: Record<string, string>;
}

export interface FoundOperation {
	template: string;
	method: string;
	operation: ContractOperation;
	/** Values of the template's {param} segments, URL-decoded. */
	pathParams: Record<string, string>;
}

export const contract: Contract = JSON.parse(
	readFileSync(join(__dirname, 'fivetran-contract.json'), 'utf8'),
) as Contract;

const templates = Object.keys(contract.paths).map((template) => ({
	template,
	segments: splitPath(template),
}));

function splitPath(path: string): string[] {
	return path.replace(/^\/+/, '').split('/');
}

function isParamSegment(segment: string): boolean {
	return /^\{[^/{}]+\}$/.test(segment);
}

function matchTemplate(
	templateSegments: string[],
	segments: string[],
): Record<string, string> | undefined {
	if (templateSegments.length !== segments.length) return undefined;
	const params: Record<string, string> = {};
	for (let i = 0; i < segments.length; i++) {
		const t = templateSegments[i];
		const s = segments[i];
		if (isParamSegment(t)) {
			if (s === '') return undefined;
			params[t.slice(1, -1)] = safeDecode(s);
		} else if (t !== s) {
			return undefined;
		}
	}
	return params;
}

function safeDecode(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

// A literal segment beats a {param} at the first position where two templates differ,
// so /schemas/reload wins over /schemas/{schemaName}.
function compareSpecificity(a: string[], b: string[]): number {
	for (let i = 0; i < Math.min(a.length, b.length); i++) {
		const aParam = isParamSegment(a[i]);
		const bParam = isParamSegment(b[i]);
		if (aParam !== bParam) return aParam ? 1 : -1;
	}
	return 0;
}

interface PathMatch {
	template: string;
	segments: string[];
	params: Record<string, string>;
}

function matchingTemplates(path: string): PathMatch[] {
	const segments = splitPath(path);
	const found: PathMatch[] = [];
	for (const t of templates) {
		const params = matchTemplate(t.segments, segments);
		if (params) found.push({ template: t.template, segments: t.segments, params });
	}
	return found.sort((a, b) => compareSpecificity(a.segments, b.segments));
}

/** Split "path?query" (tolerated) and drop scheme/host if a full URL slipped in. */
function normalizePath(rawPath: string): {
	path: string;
	query: Record<string, string | string[]>;
} {
	let path = rawPath;
	if (/^https?:\/\//i.test(path)) {
		const url = new URL(path);
		path = url.pathname + url.search;
	}
	const query: Record<string, string | string[]> = {};
	const q = path.indexOf('?');
	if (q >= 0) {
		new URLSearchParams(path.slice(q + 1)).forEach((v, k) => {
			const prev = query[k];
			query[k] = prev === undefined ? v : ([] as string[]).concat(prev, v);
		});
		path = path.slice(0, q);
	}
	return { path, query };
}

export function findOperation(method: string, path: string): FoundOperation | undefined {
	const upper = method.toUpperCase();
	const { path: cleanPath } = normalizePath(path);
	for (const m of matchingTemplates(cleanPath)) {
		const operation = contract.paths[m.template][upper];
		if (operation) return { template: m.template, method: upper, operation, pathParams: m.params };
	}
	return undefined;
}

export function declaredAccept(method: string, path: string): string | undefined {
	return findOperation(method, path)?.operation.accept;
}

export function validateRequest(req: ContractRequest): string[] {
	const method = String(req.method || '').toUpperCase();
	const { path, query: queryFromPath } = normalizePath(String(req.path || ''));
	const label = `${method} ${path}`;

	const matches = matchingTemplates(path);
	if (matches.length === 0) {
		return [`${label}: no path in the Fivetran OpenAPI contract matches this path`];
	}
	const found = findOperation(method, path);
	if (!found) {
		const allowed = Array.from(
			new Set(matches.flatMap((m) => Object.keys(contract.paths[m.template]))),
		).sort();
		return [
			`${label}: method ${method} is not declared for ${matches[0].template} (declared: ${allowed.join(', ')})`,
		];
	}

	const op = found.operation;
	const prefix = `${label} (${op.operationId})`;
	const problems: string[] = [];
	const query = { ...queryFromPath, ...(req.query ?? {}) };
	problems.push(...checkQuery(op, query).map((p) => `${prefix}: ${p}`));
	problems.push(...checkBody(op, req.body).map((p) => `${prefix}: ${p}`));
	if (req.headers)
		problems.push(...checkHeaders(op, req.headers, req.body).map((p) => `${prefix}: ${p}`));
	return problems;
}

function checkQuery(op: ContractOperation, query: Record<string, unknown>): string[] {
	const problems: string[] = [];
	const declared = op.query ?? {};
	for (const [name, value] of Object.entries(query)) {
		if (value === undefined) continue; // dropped when the URL is built
		const spec = declared[name];
		if (!spec) {
			const known = Object.keys(declared);
			problems.push(
				`unknown query parameter '${name}' (declared: ${known.length ? known.join(', ') : 'none'})`,
			);
			continue;
		}
		for (const v of Array.isArray(value) ? value : [value]) {
			problems.push(...checkQueryValue(name, spec, v));
		}
	}
	for (const [name, spec] of Object.entries(declared)) {
		if (spec.required && query[name] === undefined)
			problems.push(`missing required query parameter '${name}'`);
	}
	return problems;
}

function checkQueryValue(name: string, spec: ContractQueryParam, value: unknown): string[] {
	if (value === null || typeof value === 'object') {
		return [`query parameter '${name}' must be a ${spec.type ?? 'scalar'}, got ${describe(value)}`];
	}
	const text = String(value);
	const problems: string[] = [];
	if (spec.type === 'integer' && !/^-?\d+$/.test(text)) {
		problems.push(`query parameter '${name}' must be an integer, got ${describe(value)}`);
	} else if (spec.type === 'number' && !Number.isFinite(Number(text))) {
		problems.push(`query parameter '${name}' must be a number, got ${describe(value)}`);
	} else if (spec.type === 'boolean' && text !== 'true' && text !== 'false') {
		problems.push(`query parameter '${name}' must be true or false, got ${describe(value)}`);
	}
	if (spec.enum && !spec.enum.map(String).includes(text)) {
		problems.push(
			`query parameter '${name}' = ${describe(value)} is not one of ${spec.enum.join(', ')}`,
		);
	}
	const n = Number(text);
	if ((spec.type === 'integer' || spec.type === 'number') && Number.isFinite(n)) {
		if (spec.minimum !== undefined && n < spec.minimum) {
			problems.push(`query parameter '${name}' = ${text} is below the minimum ${spec.minimum}`);
		}
		if (spec.maximum !== undefined && n > spec.maximum) {
			problems.push(`query parameter '${name}' = ${text} is above the maximum ${spec.maximum}`);
		}
	}
	return problems;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
	return x !== null && typeof x === 'object' && !Array.isArray(x);
}

function isEmptyBody(body: unknown): boolean {
	return (
		body === undefined || body === '' || (isPlainObject(body) && Object.keys(body).length === 0)
	);
}

/**
 * Operations whose body is a map from schema name to table list. Fivetran's document models that map
 * as a single property literally named "schema"; every key stands for a schema name instead.
 */
const SCHEMA_NAME_MAP_BODIES = new Set(['resync_tables']);

function checkSchemaNameMap(body: unknown): string[] {
	if (!isPlainObject(body) || Object.keys(body).length === 0) {
		return ['request body must map at least one schema name to its tables'];
	}
	return Object.entries(body)
		.filter(
			([, tables]) =>
				!Array.isArray(tables) || tables.length === 0 || tables.some((t) => typeof t !== 'string'),
		)
		.map(([schema]) => `schema '${schema}' must map to a non-empty list of table names`);
}

function checkBody(op: ContractOperation, body: unknown): string[] {
	if (SCHEMA_NAME_MAP_BODIES.has(op.operationId)) return checkSchemaNameMap(body);
	const spec = op.body;
	if (!spec) {
		// An empty object is tolerated: many HTTP helpers send {} by default and it carries no fields.
		return isEmptyBody(body) ? [] : [`sends a request body, but the operation declares none`];
	}
	if (body === undefined) return spec.required ? ['request body is required but missing'] : [];
	if (!spec.contentTypes.includes('application/json')) return []; // multipart uploads: not checked here
	if (!isPlainObject(body)) return [`request body must be a JSON object, got ${describe(body)}`];

	const problems: string[] = [];
	const fields = spec.fields ?? {};
	for (const name of spec.requiredFields ?? []) {
		if (body[name] === undefined) problems.push(`missing required body field '${name}'`);
	}
	for (const [name, value] of Object.entries(body)) {
		if (value === undefined) continue; // dropped by JSON.stringify
		const field = Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : undefined;
		if (!field) {
			if (!spec.additionalProperties) {
				problems.push(
					`unknown body field '${name}' (known: ${Object.keys(fields).sort().join(', ')})`,
				);
			}
			continue;
		}
		problems.push(...checkField(name, field, value));
	}
	const disc = spec.discriminator;
	if (
		disc &&
		body[disc.property] !== undefined &&
		!disc.values.includes(String(body[disc.property]))
	) {
		problems.push(
			`body field '${disc.property}' = ${describe(body[disc.property])} is not a value the OpenAPI ` +
				`document maps (${disc.values.length} known, e.g. ${disc.values.slice(0, 5).join(', ')})`,
		);
	}
	return problems;
}

function jsonType(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
	return typeof value;
}

function typeMatches(expected: string, value: unknown): boolean {
	const actual = jsonType(value);
	return actual === expected || (expected === 'number' && actual === 'integer');
}

function checkField(name: string, field: ContractField, value: unknown): string[] {
	const problems: string[] = [];
	const types = field.type === undefined ? [] : ([] as string[]).concat(field.type);
	if (types.length && !types.some((t) => typeMatches(t, value))) {
		problems.push(`body field '${name}' must be ${types.join(' or ')}, got ${describe(value)}`);
	}
	// Compared as strings: the document declares e.g. sync_frequency as an integer with string enum values.
	if (field.enum && !field.enum.map(String).includes(String(value))) {
		problems.push(
			`body field '${name}' = ${describe(value)} is not one of ${field.enum.join(', ')}`,
		);
	}
	if (field.items && Array.isArray(value)) {
		const bad = value.filter((v) => !typeMatches(field.items as string, v));
		if (bad.length) problems.push(`body field '${name}' must contain only ${field.items} items`);
	}
	return problems;
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
	return key === undefined ? undefined : String(headers[key]);
}

function normalizeMediaType(value: string): string {
	return value
		.trim()
		.replace(/\s*;\s*/g, ';')
		.toLowerCase();
}

function checkHeaders(
	op: ContractOperation,
	headers: Record<string, string>,
	body: unknown,
): string[] {
	const problems: string[] = [];
	const accept = headerValue(headers, 'accept');
	if (op.accept !== undefined) {
		if (accept === undefined) {
			problems.push(`Accept header missing (declared: ${op.accept})`);
		} else if (normalizeMediaType(accept) !== normalizeMediaType(op.accept)) {
			problems.push(`Accept header is '${accept}', but the operation declares '${op.accept}'`);
		}
	}
	const contentType = headerValue(headers, 'content-type');
	if (op.body && contentType !== undefined && !isEmptyBody(body)) {
		const media = normalizeMediaType(contentType).split(';')[0];
		if (!op.body.contentTypes.includes(media)) {
			problems.push(
				`Content-Type is '${contentType}', expected one of ${op.body.contentTypes.join(', ')}`,
			);
		}
	}
	return problems;
}

function describe(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value);
	try {
		const text = JSON.stringify(value);
		return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
	} catch {
		return String(value);
	}
}
