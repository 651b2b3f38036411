'use strict';
// Connector → Get as a user builds it: the action from the panel, the credential, a connector found
// through the dropdown's search ("From list" mode), then Execute step.
const { css, testId, waitInPage, visibleText } = require('../page');
const { entryFor, ACTION_NODE } = require('./nodesPanel');

// The action's label in the nodes panel (the operation's `action` text).
const GET_CONNECTOR_ACTION = 'Get a connector';
const SEARCH_TEXT = 'app_db';
const CONNECTOR = { id: 'mellow_crane', name: 'app_db' };
const LOCATOR = '[data-test-id="resource-locator-connectorId"]';
// What the dropdown lists for a search text; the last one is the connector picked.
const LISTED = {
	broken: ['google_ads (google_ads) · broken', 'budget_sheet.fy2024 (google_sheets) · broken'],
	paused: ['hubspot (hubspot) · paused'],
	[SEARCH_TEXT]: ['app_db (postgres)'],
};
const README = require('../../../package.json').homepage.replace(/#.*$/, '');

const inputValue = (selector) => `(document.querySelector(${JSON.stringify(selector)})?.value ?? '')`;
const VISIBLE_ITEMS = `[...document.querySelectorAll('[data-test-id="rlc-item"]')].filter((e) => e.getClientRects().length).map((e) => e.textContent.trim())`;

const steps = [
	{
		name: `Connector → Get: pick "${GET_CONNECTOR_ACTION}" in the panel`,
		async run(ctx) {
			const { page } = ctx;
			await page.click(entryFor(ACTION_NODE, GET_CONNECTOR_ACTION), { what: `the "${GET_CONNECTOR_ACTION}" action` });
			await waitInPage(page, `${inputValue('[data-test-id="parameter-input-resource"] input')} === 'Connector'
				&& ${inputValue('[data-test-id="parameter-input-operation"] input')} === 'Get'`, 'the node panel with Connector / Get');
			// The node's Docs link goes to this package's README (n8n appends its own query after the anchor).
			const docs = await page.evaluate(`[...document.querySelectorAll('[data-test-id="ndv"] a')].find((a) => a.textContent.trim() === 'Docs')?.href ?? ''`);
			if (!docs.startsWith(`${README}#operations`)) throw new Error(`the node's Docs link goes to ${docs || 'nowhere'}`);
			return `Docs link: ${docs.split('?')[0]}`;
		},
	},
	{
		name: 'choose the credential',
		async run(ctx) {
			const { page } = ctx;
			await page.click(testId('node-credentials-select'), { what: 'the credential field' });
			await page.click(testId(`node-credentials-select-item-${ctx.credential.id}`), { what: `"${ctx.credential.name}" in the credential list` });
			await waitInPage(page, `${inputValue('[data-test-id="node-credentials-select"] input')} === ${JSON.stringify(ctx.credential.name)}`, 'the credential chosen');
		},
	},
	{
		name: `Connector dropdown ("From list"): broken / paused shown, search "${SEARCH_TEXT}" and pick it`,
		async run(ctx) {
			const { page } = ctx;
			const mode = await page.evaluate(inputValue(`${LOCATOR} [data-test-id="rlc-mode-selector"] input`));
			if (mode !== 'From list') throw new Error(`the Connector field opens in "${mode}" mode, not "From list"`);
			await page.click(css(`${LOCATOR} [data-test-id="rlc-input"]`), { what: 'the Connector dropdown' });
			const unfiltered = await waitInPage(page, `((items) => items.length > 1 && items)(${VISIBLE_ITEMS})`, 'the connector list');
			// Each entry names what needs attention (the demo seed's broken and paused connectors); a healthy one nothing.
			for (const [search, expected] of Object.entries(LISTED)) {
				await page.typeInto(testId('rlc-search'), search, { what: "the dropdown's search field" });
				await waitInPage(page, `JSON.stringify(${VISIBLE_ITEMS}) === ${JSON.stringify(JSON.stringify(expected))}`,
					`"${search}" to list exactly ${expected.join(', ')}`);
			}
			const matches = LISTED[SEARCH_TEXT];
			const firstMatch = `[...document.querySelectorAll('[data-test-id="rlc-item"]')]
				.find((e) => e.getClientRects().length && e.textContent.trim().startsWith(${JSON.stringify(SEARCH_TEXT)}))`;
			await page.click(firstMatch, { what: `the "${matches[0]}" entry` });
			await waitInPage(page, `${inputValue(`${LOCATOR} input[data-test-id="rlc-input"]`)}.startsWith(${JSON.stringify(CONNECTOR.name)})`, 'the connector chosen');
			return `${unfiltered.length} connectors listed; ${Object.entries(LISTED).map(([q, items]) => `"${q}" → ${items.join(', ')}`).join('; ')}`;
		},
	},
	{
		name: `Execute step: the output shows connector ${CONNECTOR.id} (${CONNECTOR.name})`,
		async run(ctx) {
			const { page } = ctx;
			await page.click(testId('node-execute-button'), { what: 'Execute step' });
			const output = await waitInPage(page, `((text) => text.includes(${JSON.stringify(CONNECTOR.id)}) && text)(${visibleText(testId('output-panel'))})`,
				`${CONNECTOR.id} in the output panel`);
			const items = /(\d+) items?/.exec(output);
			return items ? `${items[0]} in the output` : 'shown in the output';
		},
	},
];

module.exports = { steps, inputValue, README };
