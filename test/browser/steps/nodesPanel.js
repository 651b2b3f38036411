'use strict';
// A new workflow and n8n's nodes panel: what a user sees when searching for "Fivetran".
const { css, withText, testId, waitInPage } = require('../page');
const { waitFor } = require('../../../scripts/lib/cdp');

const ACTION_NODE = 'n8n-nodes-fivetran.fivetran';
const POLL_TRIGGER = 'n8n-nodes-fivetran.fivetranTrigger';
const WEBHOOK_TRIGGER = 'n8n-nodes-fivetran.fivetranWebhookTrigger';
const MERGED_ENTRY_DESCRIPTION = {
	startsWith: 'Manage Fivetran connectors, groups, destinations, transformations, users and webhooks',
	contains: ['sync and wait, pause, resume', 'start workflows when a connector breaks'],
};
const SEARCH_BAR = css('input[data-test-id="node-creator-search-bar"]');
const PANEL_ITEMS = '[data-test-id="node-creator"] [data-test-id="item-iterator-item"]';

// Every entry the panel lists: n8n keys each by "<node type>-<uuid>" (data-keyboard-nav-id).
const LIST_ENTRIES = `[...document.querySelectorAll('${PANEL_ITEMS}')].map((item) => {
	const img = item.querySelector('img');
	const text = (id) => item.querySelector('[data-test-id="' + id + '"]')?.textContent.trim() ?? '';
	return {
		nodeType: (item.getAttribute('data-keyboard-nav-id') || '').replace(/-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/, ''),
		kind: item.getAttribute('data-keyboard-nav-type'),
		name: text('node-creator-item-name') || item.textContent.trim(),
		description: text('node-creator-item-description'),
		icon: img ? { src: img.src, loaded: img.complete && img.naturalWidth > 0 } : null,
	};
})`;

/** The panel entry (an element expression) for one node type, or one of its actions by name. */
function entryFor(nodeType, name) {
	return `[...document.querySelectorAll('${PANEL_ITEMS}')].find((item) =>
		(item.getAttribute('data-keyboard-nav-id') || '').startsWith(${JSON.stringify(`${nodeType}-`)})
		&& ${name ? `item.textContent.trim() === ${JSON.stringify(name)}` : 'true'})`;
}

async function listUntil(page, accept, what) {
	return waitFor(async () => {
		const entries = await page.evaluate(LIST_ENTRIES);
		return accept(entries) ? entries : null;
	}, { what, timeoutMs: 30000, intervalMs: 150 });
}

async function iconAnswers(src) {
	const res = await fetch(src);
	const body = await res.text();
	if (res.status !== 200 || !body.includes('<svg')) throw new Error(`icon ${src} answered HTTP ${res.status} without an SVG`);
}

const steps = [
	{
		name: 'Create workflow, then add a manual trigger',
		async run(ctx) {
			const { page } = ctx;
			await page.click(testId('add-resource-workflow'), { what: 'the "Create workflow" button' });
			await page.click(testId('canvas-plus-button'), { what: 'the canvas "Add first step" button' });
			await page.typeInto(SEARCH_BAR, 'Manual Trigger', { what: 'the nodes panel search' });
			await page.click(withText('[data-test-id="node-creator-item-name"]', 'Manual Trigger'), { what: 'the Manual Trigger entry' });
			await waitInPage(page, `document.querySelectorAll('[data-test-id="canvas-node"]').length === 1`, 'the trigger on the canvas');
		},
	},
	{
		name: 'nodes panel: "Fivetran" finds Fivetran and Fivetran Webhook, each with its icon',
		async run(ctx) {
			const { page } = ctx;
			await page.click(testId('canvas-handle-plus'), { what: "the trigger's + handle" });
			await page.typeInto(SEARCH_BAR, 'Fivetran', { what: 'the nodes panel search' });
			const ours = (entries) => entries.filter((e) => [ACTION_NODE, POLL_TRIGGER, WEBHOOK_TRIGGER].includes(e.nodeType));
			const entries = ours(await listUntil(page, (list) => {
				const found = ours(list);
				return found.some((e) => e.nodeType === ACTION_NODE) && found.some((e) => e.nodeType === WEBHOOK_TRIGGER)
					&& found.every((e) => e.icon?.loaded);
			}, 'the Fivetran entries with their icons loaded'));
			const action = entries.find((e) => e.nodeType === ACTION_NODE);
			const webhook = entries.find((e) => e.nodeType === WEBHOOK_TRIGGER);
			if (action.name !== 'Fivetran') throw new Error(`the action node's entry is named "${action.name}", not "Fivetran"`);
			if (!webhook.name.startsWith('Fivetran Webhook')) throw new Error(`the webhook trigger's entry is named "${webhook.name}"`);
			// n8n shows the merged entry with the trigger's description: it has to cover the actions too.
			const { startsWith, contains } = MERGED_ENTRY_DESCRIPTION;
			if (!action.description.startsWith(startsWith) || !contains.every((part) => action.description.includes(part))) {
				throw new Error(`the "Fivetran" entry reads "${action.description}"`);
			}
			for (const src of new Set(entries.map((e) => e.icon.src))) await iconAnswers(src);
			return entries.map((e) => `"${e.name}" (${e.nodeType.split('.')[1]}): ${e.description.slice(0, 70)}…`).join(' | ');
		},
	},
	{
		name: "the Fivetran entry lists its actions and the Fivetran Trigger's events",
		async run(ctx) {
			const { page } = ctx;
			await page.click(entryFor(ACTION_NODE), { what: 'the Fivetran entry' });
			await listUntil(page, (list) => list.some((e) => e.nodeType === ACTION_NODE && e.kind === 'action'), 'the actions list');
			// n8n folds the trigger node's events into this entry, under a "Triggers" category it may show collapsed.
			const triggers = css('[data-test-id="node-creator-category-item"][data-keyboard-nav-id="Triggers"]');
			const hasEvents = `[...document.querySelectorAll('${PANEL_ITEMS}')].some((i) => (i.getAttribute('data-keyboard-nav-id') || '').startsWith('${POLL_TRIGGER}-'))`;
			if (!(await page.evaluate(hasEvents))) await page.click(triggers, { what: 'the Triggers category' });
			const entries = await listUntil(page, (list) => list.some((e) => e.nodeType === POLL_TRIGGER), "the Fivetran Trigger's events");
			// The panel renders long lists in part, so name examples rather than count.
			const first = (type) => entries.find((e) => e.nodeType === type && e.kind === 'action')?.name;
			return `actions such as "${first(ACTION_NODE)}"; Fivetran Trigger events such as "${first(POLL_TRIGGER)}"`;
		},
	},
];

module.exports = { steps, entryFor, ACTION_NODE };
