'use strict';
// n8n's credential test as a user meets it: opening the credential tests it (success with the
// sandbox's key and secret); saving a wrong secret tests again and shows the 401 explanation.
const { css, testId, waitInPage, visibleText } = require('../page');
const { README } = require('./connectorGet');

// The credential test's message for HTTP 401 (credentials/FivetranApi.credentials.ts).
const EXPECTED_401 = 'Fivetran rejected the API key and secret (401';
const DIALOG = '[data-test-id="credential-edit-dialog"]';
const CLOSE_DIALOG = `[...document.querySelectorAll('button[aria-label="Close this dialog"]')].find((b) => b.getClientRects().length)`;
const WRONG_SECRET = `wrong-secret-${process.pid}`;
// nodes/shared/credentialTest.ts: what the test says about a Base URL it cannot use.
const BASE_URL_MESSAGES = {
	'http://127.0.0.1:9/v1':
		'Could not connect to http://127.0.0.1:9/v1 (connection refused, ECONNREFUSED): check the Base URL; for Fivetran use https://api.fivetran.com/v1',
	'api.fivetran.com/v1':
		'The Base URL "api.fivetran.com/v1" is not an http(s) address: enter it with https:// (or http:// for a local sandbox) in front; for Fivetran use https://api.fivetran.com/v1',
};

const statusCount = (ctx, status) => ctx.sandbox.stats().byStatus[status] ?? 0;

const steps = [
	{
		name: 'credential test: success with the right key and secret',
		async run(ctx) {
			const { page } = ctx;
			const before = statusCount(ctx, 200);
			await page.click(testId('credential-edit-button'), { what: "the credential's edit button" });
			await waitInPage(page, visibleText(testId('credentials-config-container-test-success')), 'the credential test to succeed');
			if (statusCount(ctx, 200) <= before) throw new Error('success shown, but the sandbox answered no request during the test');
			const docs = await page.evaluate(`[...document.querySelectorAll('${DIALOG} a')].find((a) => a.textContent.trim() === 'docs')?.href ?? ''`);
			if (!docs.startsWith(`${README}#credential-fivetran-api`)) throw new Error(`the credential's docs link goes to ${docs || 'nowhere'}`);
			return `docs link: ${docs.split('?')[0]}`;
		},
	},
	{
		name: 'credential test: a wrong secret shows the 401 message',
		async run(ctx) {
			const { page } = ctx;
			const before = statusCount(ctx, 401);
			await page.typeInto(css(`${DIALOG} [data-test-id="parameter-input-apiSecret"] input`), WRONG_SECRET, { what: 'the API Secret field' });
			await page.click(testId('credential-save-button'), { what: 'Save' });
			const line = await failedTestMessage(page, EXPECTED_401);
			if (statusCount(ctx, 401) <= before) throw new Error('the 401 message is shown, but the sandbox answered no 401');
			return `"${line}"`;
		},
	},
	{
		name: 'credential test: an unreachable or scheme-less Base URL says what to fix',
		async run(ctx) {
			const { page } = ctx;
			const shown = [];
			for (const [baseUrl, expected] of Object.entries(BASE_URL_MESSAGES)) {
				await page.typeInto(css(`${DIALOG} [data-test-id="parameter-input-baseUrl"] input`), baseUrl, { what: 'the Base URL field' });
				await page.click(testId('credential-save-button'), { what: 'Save' });
				shown.push(`"${await failedTestMessage(page, expected)}"`);
			}
			if ((await page.evaluate(visibleText(css(DIALOG)))).includes(WRONG_SECRET)) throw new Error('the dialog shows the secret');
			return shown.join(' / ');
		},
	},
	{
		name: 'a new Fivetran credential starts at the "Read and Write" safety level',
		async run(ctx) {
			const { page } = ctx;
			await page.click(CLOSE_DIALOG, { what: "the credential dialog's close button" });
			await waitInPage(page, `!document.querySelector('${DIALOG}')`, 'the credential dialog to close');
			await page.click(testId('node-credentials-select'), { what: 'the credential field' });
			await page.click(testId('node-credentials-select-item-new'), { what: '"Create new credential"' });
			const level = await waitInPage(page, `document.querySelector('${DIALOG} [data-test-id="parameter-input-safetyLevel"] input')?.value`, 'the new credential form');
			if (level !== 'Read and Write') throw new Error(`a new credential starts at "${level}"`);
			await page.click(CLOSE_DIALOG, { what: "the credential dialog's close button" });
			await waitInPage(page, `!document.querySelector('${DIALOG}')`, 'the credential dialog to close');
		},
	},
];

/** The failed test's explanation: n8n shows it once "More details" is open (it stays open after a retest). */
async function failedTestMessage(page, expected) {
	const moreDetails = `[...document.querySelectorAll('${DIALOG} span')].find((e) => e.children.length === 0 && e.textContent.trim() === 'More details')`;
	const text = await waitInPage(page, `((text) => {
		if (text.includes(${JSON.stringify(expected)})) return text;
		const more = ${moreDetails};
		if (more) more.click();
		return false;
	})(${visibleText(css(DIALOG))})`, `the message "${expected}"`);
	return text.split('\n').find((l) => l.includes(expected)).trim();
}

module.exports = { steps };
