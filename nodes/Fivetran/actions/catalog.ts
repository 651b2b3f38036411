import type { INodePropertyOptions } from 'n8n-workflow';

import type { GuardedUse } from '../../shared/access/guard';
import { lowestLevelFor } from '../../shared/access/levels';
import { TRIGGER_USES } from '../../shared/access/triggerUses';
import * as listSearch from '../../shared/listSearch';
import { actionUses } from './uses';

// Everything any node of the package does with the credential, each with its access. The
// credential's deny list offers exactly these, and scripts/access-table.js prints them into the
// README: both come from the operation maps themselves, so neither can miss an operation.

const isListSearch = (value: unknown): value is listSearch.ListSearchMethod =>
	typeof value === 'function' && typeof (value as { use?: unknown }).use === 'object';

export function listSearchUses(): GuardedUse[] {
	return Object.values(listSearch)
		.filter(isListSearch)
		.map((method) => method.use);
}

export function everyGuardedUse(): GuardedUse[] {
	return [...actionUses(), ...TRIGGER_USES, ...listSearchUses()];
}

/** The deny list's options, by name as n8n's editor wants them. */
export function denyListOptions(): INodePropertyOptions[] {
	return everyGuardedUse()
		.map((use) => ({
			name: use.name,
			value: use.key,
			description: `Needs "${lowestLevelFor(use.access).name}" (${use.key})`,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
