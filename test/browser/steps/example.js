'use strict';
// The broken-connector alert example, imported as shipped (only its credential reference pointed
// at this run's credential): Execute workflow succeeds with no Slack URL set, the alert ends in
// "No Slack URL" and nothing is posted.
const { openPage } = require('../../../scripts/lib/cdp');
const { testId, waitInPage } = require('../page');
const { usePage, sandboxCredential } = require('./setup');
const EXAMPLE = require('../../../examples/broken-connector-alert.json');

const canvasNode = (name) => `document.querySelector('[data-test-id="canvas-node"][data-node-name=${JSON.stringify(name)}]')`;
const succeeded = (name) => `!!${canvasNode(name)}?.querySelector('[data-test-id="canvas-node-status-success"]')`;

function withCredential(workflow, credential) {
	const nodes = workflow.nodes.map((node) => (node.credentials?.fivetranApi ? { ...node, credentials: { fivetranApi: credential } } : node));
	return { name: workflow.name, nodes, connections: workflow.connections, settings: workflow.settings };
}

const steps = [
	{
		name: 'the alert example runs as shipped: no Slack URL, the alert ends in "No Slack URL"',
		async run(ctx) {
			// The credential steps left a wrong secret and Base URL behind: the sandbox's values go back.
			await ctx.rest('PATCH', `/rest/credentials/${ctx.credential.id}`, sandboxCredential(ctx));
			const created = await ctx.rest('POST', '/rest/workflows', withCredential(EXAMPLE, ctx.credential));
			const page = await usePage(ctx, await openPage(ctx.browser.port, `${ctx.editor.base}/workflow/${created.id}`));
			await waitInPage(page, `!!${canvasNode('No Slack URL')}`, 'the example on the canvas');
			await page.click(testId('execute-workflow-button'), { what: 'Execute workflow' });
			await waitInPage(page, succeeded('No Slack URL'), '"No Slack URL" to run');
			for (const name of ['Fivetran Trigger', 'Compose Alert']) {
				if (!(await page.evaluate(succeeded(name)))) throw new Error(`"${name}" did not succeed`);
			}
			if (await page.evaluate(succeeded('Post to Slack'))) throw new Error('"Post to Slack" ran');
		},
	},
];

module.exports = { steps };
