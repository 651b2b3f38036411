import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { FivetranContext } from '../transport/types';
import { clip } from '../transport/messageParts';
import { CREDENTIAL_TYPE } from './credentialType';
import type { Access, SafetyLevel } from './levels';
import {
	DEFAULT_SAFETY_LEVEL,
	levelByValue,
	lowestLevelFor,
	SAFETY_LEVELS,
	UNKNOWN_LEVEL_COUNTS_AS,
} from './levels';

/** One thing a node does with the credential: an operation, a trigger's lifecycle, a list search. */
export interface GuardedUse {
	/** Stable key, the value in the credential's deny list: `connector.delete`, `webhookTrigger.register`. */
	key: string;
	/** What people see in the deny list and in errors. */
	name: string;
	access: Access;
}

// The transport sends only for a context that passed `assertAllowed`, and only GETs for one cleared
// for reads: a code path that forgot the check, or a "read" that writes, fails instead of sending.
const cleared = new WeakMap<object, Access>();

/** The access a context was cleared for by `assertAllowed`, or undefined. */
export function clearedAccess(ctx: object): Access | undefined {
	return cleared.get(ctx);
}

interface StoredLevel {
	level: SafetyLevel;
	/** The stored value when it is not a known level (shown; a level is not a secret). */
	unknown?: string;
}

function storedLevel(raw: unknown): StoredLevel {
	// A credential saved before levels existed has none: it keeps the default it always had.
	if (raw === undefined || raw === null) return { level: levelByValue(DEFAULT_SAFETY_LEVEL)! };
	const known = typeof raw === 'string' ? levelByValue(raw) : undefined;
	if (known !== undefined) return { level: known };
	// Fail closed: a hand-edited or imported value ("readonly", "admin") allows reads only.
	const shown = clip(typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? String(raw)), 40);
	return { level: levelByValue(UNKNOWN_LEVEL_COUNTS_AS)!, unknown: shown };
}

/** The keys in the credential's deny list; undefined when the stored value cannot be read. */
function deniedKeys(raw: unknown): string[] | undefined {
	if (raw === undefined || raw === null || raw === '') return [];
	if (typeof raw === 'string') return [raw];
	if (Array.isArray(raw) && raw.every((key) => typeof key === 'string')) return raw;
	return undefined;
}

const NOTHING_SENT = 'Nothing was sent to Fivetran.';
const KNOWN_LEVELS = SAFETY_LEVELS.map((level) => `${level.value} (${level.name})`).join(', ');

function refusal(
	ctx: FivetranContext,
	use: GuardedUse,
	credentials: IDataObject,
): Error | undefined {
	const node = ctx.getNode();
	const denied = deniedKeys(credentials.deniedOperations);
	if (denied === undefined) {
		return new NodeOperationError(
			node,
			`The Fivetran credential's "Denied Operations" could not be read`,
			{
				description: `It should be a list of operations; open the credential and choose them again. ${NOTHING_SENT}`,
			},
		);
	}
	if (denied.includes(use.key)) {
		return new NodeOperationError(node, `"${use.name}" is on the Fivetran credential's deny list`, {
			description: `The credential's "Denied Operations" includes ${use.key}, so it never runs with this credential, whatever its safety level. ${NOTHING_SENT} Remove it from the list or use another credential.`,
		});
	}
	const { level, unknown } = storedLevel(credentials.safetyLevel);
	if (level.allows.includes(use.access)) return undefined;
	const needed = lowestLevelFor(use.access);
	if (unknown !== undefined) {
		return new NodeOperationError(
			node,
			`The Fivetran credential's safety level "${unknown}" is not known, so it counts as ${level.name}`,
			{
				description: `"${use.name}" needs the safety level "${needed.name}" or higher. Known levels: ${KNOWN_LEVELS}. Open the credential and choose one. ${NOTHING_SENT}`,
			},
		);
	}
	return new NodeOperationError(
		node,
		`The Fivetran credential's safety level does not allow this operation (it needs "${needed.name}")`,
		{
			description: `"${use.name}" needs the safety level "${needed.name}" or higher; the credential is set to "${level.name}". ${NOTHING_SENT} Raise the level in the credential or use another credential.`,
		},
	);
}

/**
 * The one check between a node and the credential, used by every operation, trigger lifecycle and
 * list search: the credential's deny list, then its safety level. Runs before any request.
 */
export async function assertAllowed(ctx: FivetranContext, use: GuardedUse): Promise<void> {
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE);
	const error = refusal(ctx, use, credentials);
	if (error !== undefined) throw error;
	cleared.set(ctx, use.access);
}
