'use strict';
// Connector → Sync with Wait for Completion: the Poll Interval's limit is shown and enforced
// without silently changing what the user typed, and the output starts with the sync's summary.
const { css, testId, waitInPage, visibleText } = require('../page');
const { inputValue } = require('./connectorGet');

const POLL_HINT = 'At least 5 seconds; a smaller value stops the node with an error before any request';
const TIMEOUT_HINT = 'From 1 to 1440 minutes (24 hours); a value outside stops the node with an error before any request';
const TOO_SHORT = 'The parameter "Poll Interval" must be at least 5 seconds (got 2)';
const SUMMARY_KEYS = ['sync_succeeded', 'sync_duration_seconds', 'waited_seconds', 'polls', 'connector_id', 'sync_requested_at', 'resumed_from_pause', 'previous_sync_end_at', 'id'];
const POLL_INPUT = css('[data-test-id="parameter-input-pollInterval"] input');

const itemText = (name) => visibleText(`document.querySelector('[data-test-id="parameter-input-${name}"]')?.closest('[data-test-id="parameter-item"]')`);
const connectorRequests = (ctx) => Object.entries(ctx.sandbox.stats().byPath)
	.filter(([key]) => key.includes('/connections/mellow_crane') || key.includes('/connectors/mellow_crane'))
	.reduce((sum, [, n]) => sum + n, 0);

async function setPollInterval(page, value) {
	await page.typeInto(POLL_INPUT, value, { what: 'the Poll Interval field' });
	await page.press('Tab'); // leave the field, as a user does, so that n8n takes the value
	await waitInPage(page, `${inputValue('[data-test-id="parameter-input-pollInterval"] input')} === ${JSON.stringify(value)}`, `Poll Interval to keep ${value}`);
}

const steps = [
	{
		name: 'Connector → Sync, Wait for Completion: Poll Interval 2 is kept, and refused before any request',
		async run(ctx) {
			const { page } = ctx;
			await page.click(testId('parameter-input-operation'), { what: 'the Operation field' });
			await page.click(`[...document.querySelectorAll('[data-test-id="parameter-input-item"] .option-headline')].find((e) => e.getClientRects().length && e.textContent.trim() === 'Sync')`,
				{ what: '"Sync" in the Operation list' });
			await page.click(css('[data-test-id="parameter-input-waitForCompletion"] .el-switch'), { what: 'the Wait for Completion switch' });
			await waitInPage(page, `${itemText('pollInterval')}.includes(${JSON.stringify(POLL_HINT)})`, "Poll Interval's hint");
			await waitInPage(page, `${itemText('timeout')}.includes(${JSON.stringify(TIMEOUT_HINT)})`, "Timeout's hint");
			await setPollInterval(page, '2');
			const before = connectorRequests(ctx);
			await page.click(testId('node-execute-button'), { what: 'Execute step' });
			await waitInPage(page, `${visibleText(testId('output-panel'))}.includes(${JSON.stringify(TOO_SHORT)})`, 'the Poll Interval error in the output');
			if (await page.evaluate(inputValue('[data-test-id="parameter-input-pollInterval"] input')) !== '2') throw new Error('Poll Interval no longer reads 2');
			const sent = connectorRequests(ctx) - before;
			if (sent) throw new Error(`the sandbox received ${sent} request(s) for the connector; the check must come first`);
			return `"${TOO_SHORT}", no request`;
		},
	},
	{
		name: 'Sync with Poll Interval 5: the output starts with the summary, then the connector',
		async run(ctx) {
			const { page } = ctx;
			await setPollInterval(page, '5');
			await page.click(testId('node-execute-button'), { what: 'Execute step' });
			await waitInPage(page, `${visibleText(testId('output-panel'))}.includes('sync_succeeded')`, 'the sync summary in the output');
			await page.click(css('[data-test-id="output-panel"] [data-test-id="radio-button-json"]'), { what: "the output's JSON view" });
			const keys = await waitInPage(page, `((text) => {
				const keys = [...text.matchAll(/"([a-z_]+)":/g)].map((m) => m[1]);
				return keys.length >= ${SUMMARY_KEYS.length} && keys.slice(0, ${SUMMARY_KEYS.length});
			})(${visibleText(testId('output-panel'))})`, 'the JSON view');
			if (keys.join() !== SUMMARY_KEYS.join()) throw new Error(`the output starts with ${keys.join(', ')}`);
			return keys.join(', ');
		},
	},
];

module.exports = { steps };
