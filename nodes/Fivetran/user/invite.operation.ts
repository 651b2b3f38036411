import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { shownValue } from '../../shared/ids';
import { paginate } from '../../shared/transport/pagination';
import type { LookupResult } from '../common/createOnce';
import { createOnce } from '../common/createOnce';
import { additionalFieldsCollection } from '../common/fields';
import type { RequestSettings } from '../common/request';
import { requestSettings } from '../common/request';
import { inputError, readText } from '../common/validate';
import type { Access } from '../common/types';
import { looksLikeEmail, MAX_EMAIL_LENGTH } from './email';
import { accountRoleField, readAccountRole } from './fields';

// 'grant': it gives a person access to the account.
export const access: Access = 'grant';

const text = (name: string, displayName: string, extra: Partial<INodeProperties>) =>
	({ displayName, name, type: 'string', default: '', ...extra }) as INodeProperties;

const properties: INodeProperties[] = [
	text('email', 'Email', {
		required: true,
		placeholder: 'e.g. name@example.com',
		description: 'Where Fivetran sends the invitation; one user per email address',
	}),
	text('givenName', 'First Name', { required: true }),
	text('familyName', 'Last Name', { required: true }),
	accountRoleField,
	additionalFieldsCollection([
		text('phone', 'Phone', { placeholder: 'e.g. +1234567890' }),
		text('picture', 'Picture', {
			description: 'The avatar: an image URL or a base64 data URI',
		}),
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['user'], operation: ['invite'] } },
	properties,
);

// Catches names, empty expressions and pasted lists before a request; Fivetran has the last word.
function readEmail(ctx: IExecuteFunctions, itemIndex: number): string {
	const email = readText(ctx, 'email', itemIndex, 'Email');
	if (email.length > MAX_EMAIL_LENGTH) {
		inputError(
			ctx,
			itemIndex,
			`The parameter "Email" is too long to be an email address (${email.length} characters, at most ${MAX_EMAIL_LENGTH})`,
			'Enter one address such as name@example.com. Nothing was sent to Fivetran.',
		);
	}
	if (!looksLikeEmail(email)) {
		inputError(
			ctx,
			itemIndex,
			`The parameter "Email" is not an email address: ${shownValue(email)}`,
			'Enter one address such as name@example.com. Nothing was sent to Fivetran.',
		);
	}
	return email;
}

function readBody(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const body: IDataObject = {
		email: readEmail(ctx, itemIndex),
		given_name: readText(ctx, 'givenName', itemIndex, 'First Name'),
		family_name: readText(ctx, 'familyName', itemIndex, 'Last Name'),
		role: readAccountRole(ctx, itemIndex),
	};
	const extra = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	for (const key of ['phone', 'picture']) {
		const value = String(extra[key] ?? '').trim();
		if (value !== '') body[key] = value;
	}
	return body;
}

/** Email addresses are unique per account (compared without case), so the email finds the user. */
async function findUserByEmail(
	ctx: IExecuteFunctions,
	settings: RequestSettings,
	email: string,
): Promise<LookupResult> {
	const wanted = email.toLowerCase();
	for await (const page of paginate.call(ctx, { path: '/users', ...settings })) {
		const user = page.find((candidate) => String(candidate.email ?? '').toLowerCase() === wanted);
		if (user !== undefined) return { object: user };
	}
	return { notCreated: `the account has no user with the email ${shownValue(email)}` };
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body = readBody(this, itemIndex);
	const email = String(body.email);
	const settings = requestSettings(this, itemIndex);
	// Not repeatable: a second POST would be refused as a duplicate user (or send a second invitation).
	return await createOnce(
		this,
		{ method: 'POST', path: '/users', body, ...settings },
		{
			what: `user ${shownValue(email)}`,
			find: async () => await findUserByEmail(this, settings, email),
			howToCheck:
				'List the users (User > Get Many) or look in the Fivetran dashboard for the email',
		},
	);
}
