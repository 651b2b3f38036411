import type { INodeParameters } from 'n8n-workflow';

import { errorText, fakeTime, fivetran, rl, runFivetran, success } from '../../fixtures';
import { countRequests } from '../webhook/helpers';
import { LOST } from '../lostAnswer';

const TOKEN = 'eyJ0e-short-lived-s3cret';
const URI = `https://fivetran.com/connect-card/setup?redirect_uri=https://example.com/done&auth=${TOKEN}`;
const config = { redirect_uri: 'https://example.com/done' };
const card = (extra = {}) =>
	success({
		connector_id: 'sandy_lamb',
		connect_card: { token: TOKEN, uri: URI },
		connect_card_config: { ...config, ...extra },
	});

const createCard = (parameters: INodeParameters = {}, options = {}) =>
	runFivetran(
		{
			resource: 'connector',
			operation: 'createConnectCard',
			connectorId: rl('sandy_lamb'),
			redirectUri: 'https://example.com/done',
			...parameters,
		},
		options,
	);

beforeEach(() => fakeTime());

describe('Connector Create Connect Card', () => {
	it('POST /v1/connections/{id}/connect-card with the redirect URI; outputs the link and token', async () => {
		const api = fivetran()
			.post('/v1/connections/sandy_lamb/connect-card', { connect_card_config: config })
			.reply(200, card());

		const { items, error } = await createCard({ redirectUri: ' https://example.com/done ' });

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([
			{ connector_id: 'sandy_lamb', uri: URI, token: TOKEN, connect_card_config: config },
		]);
		expect(api.isDone()).toBe(true);
	});

	it('sends hide_setup_guide and all_fields only when added', async () => {
		const sent = { ...config, hide_setup_guide: true, all_fields: false };
		const api = fivetran()
			.post('/v1/connections/sandy_lamb/connect-card', { connect_card_config: sent })
			.reply(200, card({ hide_setup_guide: true, all_fields: false }));

		const { items, error } = await createCard({
			options: { hideSetupGuide: true, allFields: false },
		});

		expect(error).toBeUndefined();
		expect(items[0].json.connect_card_config).toEqual(sent);
		expect(api.isDone()).toBe(true);
	});

	it('an http:// redirect to this machine (localhost) is accepted, as Fivetran allows', async () => {
		const api = fivetran()
			.post('/v1/connections/sandy_lamb/connect-card', {
				connect_card_config: { redirect_uri: 'http://localhost:5678/done' },
			})
			.reply(200, card());

		const { error } = await createCard({ redirectUri: 'http://localhost:5678/done' });

		expect(error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it('a lost answer is repeated: another link to the same form changes nothing', async () => {
		const api = fivetran()
			.post('/v1/connections/sandy_lamb/connect-card')
			.reply(...LOST)
			.post('/v1/connections/sandy_lamb/connect-card')
			.reply(200, card());

		const { items, error } = await createCard();

		expect(error).toBeUndefined();
		expect(items[0].json.uri).toBe(URI);
		expect(api.isDone()).toBe(true);
	});

	it('an answer without a link is an error that does not show the token', async () => {
		const api = fivetran()
			.post('/v1/connections/sandy_lamb/connect-card')
			.reply(200, success({ connector_id: 'sandy_lamb', connect_card: { token: TOKEN } }));

		const { items, error } = await createCard();

		expect(items).toEqual([]);
		expect(error?.message).toBe("Fivetran's answer has no Connect Card link");
		expect(errorText(error)).not.toContain(TOKEN);
		expect(api.isDone()).toBe(true);
	});

	it.each([
		['no scheme', 'example.com/done'],
		['another scheme', 'ftp://example.com/done'],
		['a javascript: URL', 'javascript:alert(1)'],
	])('a redirect URI with %s is refused before any request', async (_name, redirectUri) => {
		const sent = countRequests();

		const { error } = await createCard({ redirectUri });

		expect(error?.message).toBe('The parameter "Redirect URI" must be a full https:// address');
		expect(sent()).toBe(0);
	});

	it('an http:// redirect to another host is refused before any request: the visit would travel in clear text', async () => {
		const sent = countRequests();

		const { error } = await createCard({ redirectUri: 'http://example.com/done' });

		expect(error?.message).toBe(
			'The parameter "Redirect URI" must start with https:// (it starts with http://)',
		);
		expect(error?.description).toContain(
			'accepted only for this machine (127.0.0.1, localhost or ::1)',
		);
		expect(sent()).toBe(0);
	});

	it('an empty redirect URI from an expression is refused before any request', async () => {
		const sent = countRequests();

		const { error } = await createCard({ redirectUri: '={{ "" }}' });

		expect(error?.message).toBe('The parameter "Redirect URI" is empty');
		expect(sent()).toBe(0);
	});

	it('continue on fail: one error item for the bad item, the others get their links', async () => {
		const api = fivetran()
			.post('/v1/connections/c1/connect-card')
			.reply(200, card())
			.post('/v1/connections/c3/connect-card')
			.reply(200, card());

		const { items, error } = await createCard(
			{ connectorId: rl('={{ $json.id }}') },
			{ input: [{ id: 'c1' }, { id: 'c/2' }, { id: 'c3' }], continueOnFail: true },
		);

		expect(error).toBeUndefined();
		expect(items.map((i) => [i.json.uri ?? i.json.error, i.pairedItem])).toEqual([
			[URI, { item: 0 }],
			[
				expect.stringContaining('The parameter "Connector" is not a valid Fivetran ID'),
				{ item: 1 },
			],
			[URI, { item: 2 }],
		]);
		expect(api.isDone()).toBe(true);
	});

	it('needs the safety level Read, Write and Grant Access (the card is a bearer link)', async () => {
		const sent = countRequests();

		const { error } = await createCard({}, { safetyLevel: 'readWrite' });

		expect(error?.description).toContain('"Read, Write and Grant Access"');
		expect(sent()).toBe(0);
	});
});
