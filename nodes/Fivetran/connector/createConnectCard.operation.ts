import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { connectorLocator } from '../../shared/locators';
import { isSecureOrLocal, LOOPBACK_WORDS } from '../../shared/transport/httpOptions';
import { readRenamed } from '../../shared/renamedFields';
import { fivetranApiRequest } from '../../shared/transport/request';
import { requestSettings } from '../common/request';
import { inputError, readText, readId } from '../common/validate';
import type { Access } from '../common/types';

// 'grant': the Connect Card URL is a bearer link; whoever opens it can reconfigure the connector.
export const access: Access = 'grant';

const properties: INodeProperties[] = [
	connectorLocator,
	{
		displayName: 'Redirect URI',
		name: 'redirectUri',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/fivetran-done',
		description: 'Where Fivetran sends the person after they have finished the setup form',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Hide Setup Guide',
				name: 'hideSetupGuide',
				type: 'boolean',
				default: false,
				description: 'Whether to hide the setup guide shown next to the form',
			},
			{
				displayName: 'All Fields',
				name: 'allFields',
				type: 'boolean',
				default: false,
				description: 'Whether to show every field, including those some connectors hide by default',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['connector'], operation: ['createConnectCard'] } },
	properties,
);

function readRedirectUri(ctx: IExecuteFunctions, itemIndex: number): string {
	const value = readText(ctx, 'redirectUri', itemIndex, 'Redirect URI');
	let url: URL | undefined;
	try {
		url = new URL(value);
	} catch {
		// handled below: not a URL at all
	}
	if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
		inputError(
			ctx,
			itemIndex,
			'The parameter "Redirect URI" must be a full https:// address',
			'Fivetran only redirects to absolute URLs, e.g. https://example.com/done. Nothing was sent to Fivetran.',
		);
	}
	// The browser lands there straight from the Connect Card, with the connector's ID in the address.
	if (!isSecureOrLocal(url as URL)) {
		inputError(
			ctx,
			itemIndex,
			'The parameter "Redirect URI" must start with https:// (it starts with http://)',
			`http:// would carry the visit in clear text; it is accepted only for this machine (${LOOPBACK_WORDS}). Nothing was sent to Fivetran.`,
		);
	}
	return value;
}

function readConfig(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const config: IDataObject = { redirect_uri: readRedirectUri(ctx, itemIndex) };
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	if (options.hideSetupGuide !== undefined)
		config.hide_setup_guide = options.hideSetupGuide === true;
	if (options.allFields !== undefined) config.all_fields = options.allFields === true;
	return config;
}

/**
 * Outputs the link (`uri`) a person opens to fix or finish the connector's setup, and the token
 * it embeds. The token is a short-lived credential: it appears in these two fields only, never in
 * an error (an answer without a link is reported without its content).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const connectorId = readId(this, 'connectorId', itemIndex);
	const config = readConfig(this, itemIndex);
	const data = await fivetranApiRequest.call(this, {
		method: 'POST',
		path: `/connections/${connectorId}/connect-card`,
		body: { connect_card_config: config },
		// Repeatable: a repeat only issues another link to the same form; it changes nothing in the
		// connector, and every link issued stays as harmless as the first until it expires.
		repeatable: true,
		...requestSettings(this, itemIndex),
	});
	const card = (data.connect_card ?? {}) as IDataObject;
	if (typeof card.uri !== 'string' || card.uri === '') {
		throw new NodeOperationError(this.getNode(), "Fivetran's answer has no Connect Card link", {
			itemIndex,
			description:
				'The request succeeded but the answer carries no connect_card.uri. Try again; if it persists, create the link in the Fivetran dashboard.',
		});
	}
	return {
		connector_id: readRenamed(data, 'connectorId') ?? decodeURIComponent(connectorId),
		uri: card.uri,
		token: card.token ?? null,
		connect_card_config: data.connect_card_config ?? config,
	};
}
