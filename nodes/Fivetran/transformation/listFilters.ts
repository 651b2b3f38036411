import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { shownValue } from '../../shared/ids';
import { RUN_STATUSES } from '../../shared/transformation/transformationRun';
import { filtersCollection } from '../common/fields';
import { inputError, readFilterId } from '../common/validate';

// Get Many's filters: group, project and type go to Fivetran (group_id, project_id, type); status
// and paused are not filters of GET /transformations, so they are applied here, page by page.

const statusName = (status: string) =>
	status
		.toLowerCase()
		.split('_')
		.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ');

export const transformationFilters = filtersCollection([
	{
		// A plain ID (as in the Hybrid Deployment Agent filter): one name, one type across the node.
		displayName: 'Group ID',
		name: 'groupId',
		type: 'string',
		default: '',
		placeholder: 'e.g. decent_dropsy',
		description: 'Only the transformations of this group',
	},
	{
		displayName: 'Project ID',
		name: 'projectId',
		type: 'string',
		default: '',
		placeholder: 'e.g. dbt_project_main',
		description: 'Only the transformations of this dbt Core project',
	},
	{
		displayName: 'Paused',
		name: 'paused',
		type: 'boolean',
		default: false,
		description: 'Whether to list only paused transformations (on) or only active ones (off)',
	},
	{
		displayName: 'Status',
		name: 'transformationStatus',
		type: 'multiOptions',
		options: RUN_STATUSES.map((status) => ({ name: statusName(status), value: status })),
		default: [],
		description: 'Only transformations whose status (that of the latest run) is one of these',
	},
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'DBT Core', value: 'DBT_CORE' },
			{ name: 'Quickstart', value: 'QUICKSTART' },
		],
		default: 'DBT_CORE',
		description: 'Only transformations of this type',
	},
]);

export interface ListFilters {
	/** Query parameters of GET /transformations. */
	qs: IDataObject;
	/** The client-side part, or undefined when every listed item counts. */
	keep?: (transformation: IDataObject) => boolean;
}

export function readListFilters(ctx: IExecuteFunctions, itemIndex: number): ListFilters {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const groupId = readFilterId(ctx, itemIndex, filters.groupId, 'Group ID');
	const projectId = readFilterId(ctx, itemIndex, filters.projectId, 'Project ID');
	const qs: IDataObject = {};
	if (groupId) qs.group_id = groupId;
	if (projectId) qs.project_id = projectId;
	if (typeof filters.type === 'string' && filters.type !== '') qs.type = filters.type;

	const statuses = Array.isArray(filters.transformationStatus)
		? (filters.transformationStatus as string[])
		: [];
	const unknown = statuses.filter(
		(status) => !(RUN_STATUSES as readonly string[]).includes(status),
	);
	if (unknown.length > 0) {
		inputError(
			ctx,
			itemIndex,
			`The filter "Status" has values Fivetran does not use: ${unknown.map(shownValue).join(', ')}`,
			`Use ${RUN_STATUSES.join(', ')}.`,
		);
	}
	const paused = typeof filters.paused === 'boolean' ? filters.paused : undefined;
	if (statuses.length === 0 && paused === undefined) return { qs };
	return {
		qs,
		keep: (transformation) =>
			(statuses.length === 0 || statuses.includes(String(transformation.status))) &&
			(paused === undefined || (transformation.paused === true) === paused),
	};
}
