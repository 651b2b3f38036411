'use strict';
// The stage: the sandbox, n8n 2.40.7 with the package, the owner and a Fivetran credential pointing
// at the sandbox (REST), then Chromium with the owner logged in through n8n's sign-in form.
const { startSandbox } = require('../../../sandbox');
const { startEditorInstance } = require('../../../scripts/lib/editor-instance');
const { launchChromium, connectToPage } = require('../../../scripts/lib/cdp');
const { setUpOwner } = require('../rest');
const { testId, waitInPage } = require('../page');

const SANDBOX_KEY = 'sandbox-key';
const SANDBOX_SECRET = 'sandbox-secret'; // the sandbox's public demo value; still never printed
const CREDENTIAL_NAME = 'Fivetran (sandbox)';
const VIEWPORT = { width: 1600, height: 1000 };

/** Makes `page` the one steps act on (and the failure screenshot shows); all are closed at the end. */
async function usePage(ctx, page) {
	ctx.pages = [...(ctx.pages ?? []), page];
	ctx.page = page;
	await page.send('Page.enable');
	await page.send('Emulation.setDeviceMetricsOverride', { ...VIEWPORT, deviceScaleFactor: 1, mobile: false });
	return page;
}

/** The credential for the sandbox, as n8n's REST API takes it. */
function sandboxCredential(ctx) {
	return {
		name: CREDENTIAL_NAME,
		type: 'fivetranApi',
		data: { apiKey: SANDBOX_KEY, apiSecret: SANDBOX_SECRET, baseUrl: ctx.sandbox.baseUrl, safetyLevel: 'readWrite' },
	};
}

const steps = [
	{
		name: 'start the sandbox and n8n 2.40.7 with the package',
		timeoutMs: 150000, // n8n's first start migrates a fresh database
		async run(ctx) {
			ctx.sandbox = await startSandbox({ port: 0, seed: 'demo', quiet: true, apiKey: SANDBOX_KEY, apiSecret: SANDBOX_SECRET });
			ctx.editor = await startEditorInstance(ctx.runtime, { folderPrefix: 'n8n-fivetran-browser-' });
			return `${ctx.editor.base}, sandbox ${ctx.sandbox.baseUrl}`;
		},
	},
	{
		name: 'set up the owner and a Fivetran credential for the sandbox (REST)',
		async run(ctx) {
			const owner = await setUpOwner(ctx.editor.base);
			ctx.login = owner.login;
			ctx.rest = owner.request;
			const created = await owner.request('POST', '/rest/credentials', sandboxCredential(ctx));
			ctx.credential = { id: created.id, name: CREDENTIAL_NAME };
		},
	},
	{
		name: 'start Chromium and log in through the sign-in form',
		async run(ctx) {
			ctx.browser = await launchChromium(ctx.chromium, VIEWPORT);
			const page = await usePage(ctx, await connectToPage(ctx.browser.port));
			await page.send('Page.navigate', { url: `${ctx.editor.base}/signin` });
			await page.typeInto(testId('emailOrLdapLoginId', ' input'), ctx.login.email, { what: 'the email field' });
			await page.typeInto(testId('password', ' input'), ctx.login.password, { what: 'the password field' });
			await page.click(testId('form-submit-button'), { what: 'the sign-in button' });
			return `at ${await waitInPage(page, `!location.pathname.startsWith('/signin') && location.pathname`, 'n8n to leave the sign-in page')}`;
		},
	},
];

module.exports = { steps, usePage, sandboxCredential };
