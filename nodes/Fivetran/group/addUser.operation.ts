import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeApiError, updateDisplayOptions } from 'n8n-workflow';

import { shownValue } from '../../shared/ids';
import { groupLocator, userLocator } from '../../shared/locators';
import {
	apiError,
	asNodeError,
	isOutcomeUnknown,
	markOutcomeUnknown,
} from '../../shared/transport/nodeErrors';
import { paginate } from '../../shared/transport/pagination';
import { fivetranApiRequest, sendFivetranRequest } from '../../shared/transport/request';
import { RECOVERED_FIELD } from '../common/createOnce';
import type { RequestSettings } from '../common/request';
import { requestSettings } from '../common/request';
import { readId, readText } from '../common/validate';
import type { Access } from '../common/types';

// 'grant': it gives a person access to the group's destination and connectors.
export const access: Access = 'grant';

// Fivetran's predefined group roles (OpenAPI, AddUserToGroupRequest); custom destination roles too.
const GROUP_ROLES = [
	'Create Connection',
	'Edit Destination',
	'Manage Destination',
	'View Destination',
];

const properties: INodeProperties[] = [
	groupLocator,
	{ ...userLocator, description: 'A user of the account; the node sends Fivetran their email' },
	{
		displayName: 'Role',
		name: 'role',
		type: 'options',
		options: GROUP_ROLES.map((role) => ({ name: role, value: role })),
		required: true,
		default: 'View Destination',
		description:
			'The role the user gets in this group. For a custom destination role, switch to Expression and enter its exact name.',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['addUser'] } },
	properties,
);

interface Membership {
	groupId: string;
	userId: string;
	email: string;
	role: string;
}

/** Fivetran adds group members by email: the picked user's email comes from Fivetran itself. */
async function emailOf(ctx: IExecuteFunctions, itemIndex: number, userId: string): Promise<string> {
	const user = await fivetranApiRequest.call(ctx, {
		method: 'GET',
		path: `/users/${userId}`,
		...requestSettings(ctx, itemIndex),
	});
	const email = typeof user.email === 'string' ? user.email.trim() : '';
	if (email !== '') return email;
	throw apiError(
		ctx.getNode(),
		{ message: 'user without email', code: null, httpCode: null },
		{
			message: `Fivetran's user ${shownValue(decodeURIComponent(userId))} has no email address`,
			description: 'Fivetran adds users to groups by email, so nothing was sent. Check the user.',
			itemIndex,
		},
	);
}

/** After a lost answer: is the user among the group's users now? */
async function isMember(
	ctx: IExecuteFunctions,
	settings: RequestSettings,
	member: Membership,
): Promise<boolean> {
	const path = `/groups/${member.groupId}/users`;
	const email = member.email.toLowerCase();
	const userId = decodeURIComponent(member.userId);
	for await (const page of paginate.call(ctx, { path, ...settings })) {
		const found = page.some(
			(user) => user.id === userId || String(user.email ?? '').toLowerCase() === email,
		);
		if (found) return true;
	}
	return false;
}

function output(member: Membership, message: string): IDataObject {
	return {
		added: true,
		group_id: decodeURIComponent(member.groupId),
		user_id: decodeURIComponent(member.userId),
		email: member.email,
		role: member.role,
		message,
	};
}

/** The POST's answer was lost: the group's user list says whether it went through. */
async function recover(
	ctx: IExecuteFunctions,
	settings: RequestSettings,
	member: Membership,
	error: unknown,
): Promise<IDataObject> {
	const httpCode = error instanceof NodeApiError ? (error.httpCode ?? undefined) : undefined;
	const lost = `Fivetran's answer was lost (${httpCode ? `HTTP ${httpCode}` : 'no answer'})`;
	const where = `Request: POST /groups/${member.groupId}/users.`;
	const fail = (message: string, description: string) =>
		apiError(
			ctx.getNode(),
			{ message, code: null, httpCode: httpCode ?? null },
			{ message, description: `${description} ${where}`, httpCode, itemIndex: settings.itemIndex },
		);
	let found: boolean;
	try {
		found = await isMember(ctx, settings, member);
	} catch (lookupError) {
		throw markOutcomeUnknown(
			fail(
				'The user may have been added to the group: the answer was lost and looking it up failed',
				`${lost}, and listing the group's users failed too (${(lookupError as Error).message}). Check Group > Get Users before running again.`,
			),
		);
	}
	if (found) return { ...output(member, ''), [RECOVERED_FIELD]: true };
	throw fail(
		'The user was not added to the group',
		`${lost}, so the node listed the group's users: the user is not among them. Running again is safe.`,
	);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const groupId = readId(this, 'groupId', itemIndex);
	const userId = readId(this, 'userId', itemIndex);
	const role = readText(this, 'role', itemIndex, 'Role');
	const settings = requestSettings(this, itemIndex);
	const member: Membership = {
		groupId,
		userId,
		role,
		email: await emailOf(this, itemIndex, userId),
	};
	try {
		const answer = await sendFivetranRequest.call(this, {
			method: 'POST',
			path: `/groups/${groupId}/users`,
			body: { email: member.email, role },
			// Not repeatable: a second POST is refused once the user is a member; a lost answer is
			// settled by listing the group's users instead.
			repeatable: false,
			...settings,
		});
		return output(member, answer.message ?? '');
	} catch (error) {
		if (!isOutcomeUnknown(error)) throw asNodeError(this.getNode(), error, itemIndex);
		return await recover(this, settings, member, error);
	}
}
