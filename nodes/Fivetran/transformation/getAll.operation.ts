import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { paginate } from '../../shared/transport/pagination';
import { returnAllAndLimit } from '../common/fields';
import { requestSettings } from '../common/request';
import { readLimit } from '../common/validate';
import type { Access } from '../common/types';
import { readListFilters, transformationFilters } from './listFilters';
import { readSimplify, simplifyFields, simplifyIf } from '../common/simplify/field';
import { simplifyTransformation } from '../common/simplify/objects';

export const access: Access = 'read';

export const description = updateDisplayOptions(
	{ show: { resource: ['transformation'], operation: ['getAll'] } },
	[
		...returnAllAndLimit(),
		transformationFilters,
		...simplifyFields(
			'id, group, type, name, status, paused, schedule type, last run times, first error',
		),
	],
);

async function readFull(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const limit = readLimit(this, itemIndex);
	const { qs, keep } = readListFilters(this, itemIndex);
	const request = { path: '/transformations', qs, ...requestSettings(this, itemIndex) };

	// Status and Paused are checked here: then matches may be sparse, so full pages (1000 items) are
	// read until `limit` of them are found; each page is filtered as it arrives, never all at once.
	const found: IDataObject[] = [];
	for await (const page of paginate.call(this, request, keep ? undefined : limit)) {
		for (const transformation of keep ? page.filter(keep) : page) {
			found.push(transformation);
			if (limit !== undefined && found.length >= limit) return found;
		}
	}
	return found;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const simplify = readSimplify(this, itemIndex);
	return simplifyIf(simplify, await readFull.call(this, itemIndex), simplifyTransformation);
}
