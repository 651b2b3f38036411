/**
 * What an operation can do in Fivetran, from least to most: read; write (create, update, sync,
 * pause...); grant (give a person or another server access: invite users, change roles, point a
 * webhook at an address, hand out a Connect Card link); delete (what cannot be undone: deletes,
 * historical resyncs, voiding an agent's keys).
 */
export type Access = 'read' | 'write' | 'grant' | 'delete';

export interface SafetyLevel {
	/** The value stored in the credential. */
	value: string;
	name: string;
	/** What the credential's option text says this level allows. */
	description: string;
	allows: readonly Access[];
}

// Ordered: each level allows what the one before allows, and more. The stored values of the three
// original levels keep their meaning for every operation they allowed before; "Everything" still
// allows everything.
export const SAFETY_LEVELS: readonly SafetyLevel[] = [
	{
		value: 'readOnly',
		name: 'Read Only',
		description:
			'List and get only (and the triggers polling): nothing in Fivetran can change and no access is given to anyone',
		allows: ['read'],
	},
	{
		value: 'readWrite',
		name: 'Read and Write',
		description:
			"Also create, update, sync, pause, resume, run transformations and register the Webhook Trigger; nobody gets access and no data is sent to an address of the workflow's choosing; no delete",
		allows: ['read', 'write'],
	},
	{
		value: 'readWriteGrant',
		name: 'Read, Write and Grant Access',
		description:
			'Also invite users, change roles, add users to groups, create or change webhooks (Fivetran sends events to any address) and create Connect Cards (a link that can reconfigure a connector); no delete',
		allows: ['read', 'write', 'grant'],
	},
	{
		value: 'full',
		name: 'Everything',
		description:
			"Also delete, historical resync, remove users and re-authenticate or reset a Hybrid Deployment Agent's keys",
		allows: ['read', 'write', 'grant', 'delete'],
	},
];

/** The credential's default (a unit test keeps them equal), and the level of a credential saved without one. */
export const DEFAULT_SAFETY_LEVEL = 'readWrite';

/** The level a stored value fails closed to when it is not one of SAFETY_LEVELS. */
export const UNKNOWN_LEVEL_COUNTS_AS = 'readOnly';

export function levelByValue(value: string): SafetyLevel | undefined {
	return SAFETY_LEVELS.find((level) => level.value === value);
}

/** The lowest level that allows an access. */
export function lowestLevelFor(access: Access): SafetyLevel {
	return SAFETY_LEVELS.find((level) => level.allows.includes(access)) as SafetyLevel;
}
