'use strict';
// n8n's credential test as a user meets it: opening the credential tests it (success with the
// sandbox's key and secret); saving a wrong secret tests again and shows the 401 explanation.
const { css, testId, waitInPage, visibleText } = require('../page');

// The credential test's message for HTTP 401 (credentials/FivetranApi.credentials.ts).
const EXPECTED_401 = 'Fivetran rejected the API key and secret (401';
const DIALOG = '[data-test-id="credential-edit-dialog"]';

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
		},
	},
	{
		name: 'credential test: a wrong secret shows the 401 message',
		async run(ctx) {
			const { page } = ctx;
			const before = statusCount(ctx, 401);
			await page.typeInto(css(`${DIALOG} [data-test-id="parameter-input-apiSecret"] input`), `wrong-${Date.now()}`, { what: 'the API Secret field' });
			await page.click(testId('credential-save-button'), { what: 'Save' });
			const moreDetails = `[...document.querySelectorAll('${DIALOG} span')].find((e) => e.children.length === 0 && e.textContent.trim() === 'More details')`;
			await page.click(moreDetails, { what: '"More details" of the failed test' });
			const text = await waitInPage(page, `((t) => t.includes(${JSON.stringify(EXPECTED_401)}) && t)(${visibleText(css(DIALOG))})`, 'the 401 message');
			if (statusCount(ctx, 401) <= before) throw new Error('the 401 message is shown, but the sandbox answered no 401');
			const line = text.split('\n').find((l) => l.includes(EXPECTED_401));
			return `"${line.trim()}"`;
		},
	},
];

module.exports = { steps };
