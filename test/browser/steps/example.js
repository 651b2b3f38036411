'use strict';
// Workflows opened in new tabs: the broken-connector alert example, imported as shipped (only its
// credential reference pointed at this run's credential), runs with no Slack URL set; a Fivetran
// Trigger's Fetch Test Event with nothing matching marks its item as a sample.
const { openPage } = require('../../../scripts/lib/cdp');
const { testId, waitInPage, visibleText } = require('../page');
const { usePage, sandboxCredential } = require('./setup');
const EXAMPLE = require('../../../examples/broken-connector-alert.json');

const SAMPLE_STARTS = 'Sample, not an event: nothing in the chosen scope matches "Setup Incomplete" right now; this is connector ';
const SAMPLE_ENDS = 'as it is now, shown as an example. The active workflow only outputs real events.';
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
			// n8n 2.x calls the button "Execute workflow"; the sticky note must say so.
			const note = await page.evaluate(`[...document.querySelectorAll('[data-test-id="sticky"]')].map((e) => e.textContent).join(' ')`);
			if (!note.includes('Execute workflow') || note.includes('Test workflow')) throw new Error('the sticky note does not name "Execute workflow"');
		},
	},
	{
		name: 'Fivetran Trigger, Fetch Test Event with nothing matching: the item says it is a sample',
		async run(ctx) {
			const trigger = {
				name: 'Fivetran Trigger', type: 'n8n-nodes-fivetran.fivetranTrigger', typeVersion: 1, position: [0, 0],
				parameters: { scope: 'account', events: ['setupIncomplete'] }, credentials: { fivetranApi: ctx.credential },
			};
			const created = await ctx.rest('POST', '/rest/workflows', { name: 'Sample check', nodes: [trigger], connections: {}, settings: {} });
			const page = await usePage(ctx, await openPage(ctx.browser.port, `${ctx.editor.base}/workflow/${created.id}`));
			await page.click(canvasNode('Fivetran Trigger'), { what: 'the trigger on the canvas', clickCount: 2 });
			await page.click(testId('node-execute-button'), { what: 'Fetch Test Event' });
			await page.click(`document.querySelector('[data-test-id="output-panel"] [data-test-id="radio-button-json"]')`, { what: "the output's JSON view" });
			const text = await waitInPage(page, `((t) => t.includes('sample_notice') && t)(${visibleText(testId('output-panel'))})`, 'the sample item');
			const keys = [...text.matchAll(/"([a-z_]+)":/g)].map((m) => m[1]);
			if (keys[0] !== 'sample_notice' || keys[1] !== 'sample') throw new Error(`the item starts with ${keys.slice(0, 3).join(', ')}`);
			const quoted = /"sample_notice":\s*("(?:[^"\\]|\\.)*")/.exec(text)?.[1];
			const notice = quoted ? JSON.parse(quoted) : '';
			if (!notice.startsWith(SAMPLE_STARTS) || !notice.endsWith(SAMPLE_ENDS)) throw new Error(`sample_notice reads "${notice}"`);
			if (!/"sample":\s*true/.test(text)) throw new Error('"sample" is not true');
			return `"${notice}"`;
		},
	},
];

module.exports = { steps };
