import { readFileSync } from 'fs';
import { join } from 'path';
import type { INodeTypeDescription } from 'n8n-workflow';

import { FivetranApi } from '../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../nodes/Fivetran/Fivetran.node';
import { FivetranTrigger } from '../../nodes/FivetranTrigger/FivetranTrigger.node';
import { FivetranWebhookTrigger } from '../../nodes/FivetranWebhookTrigger/FivetranWebhookTrigger.node';

const ROOT = join(__dirname, '..', '..');
const PACKAGE = 'n8n-nodes-fivetran';
const { homepage } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
	homepage: string;
};
/** The repository's page: the homepage without its anchor. */
const repositoryPage = homepage.replace(/#.*$/, '');
const descriptions = [new Fivetran(), new FivetranTrigger(), new FivetranWebhookTrigger()].map(
	(node) => node.description,
);

/**
 * The entries n8n's nodes panel lists (2.40.7 and 1.123.x, generateMergedNodesAndActions): a
 * trigger whose type name without "Trigger" is an action node's is merged into that node's entry,
 * which then shows the trigger's description.
 */
function panelEntries(nodes: INodeTypeDescription[]) {
	const entries = nodes
		.filter((node) => !node.group.includes('trigger'))
		.map((node) => ({ name: node.name, description: node.description }));
	for (const trigger of nodes.filter((node) => node.group.includes('trigger'))) {
		const app = entries.find((entry) => entry.name === trigger.name.replace('Trigger', ''));
		if (app) app.description = trigger.description;
		else entries.push({ name: trigger.name, description: trigger.description });
	}
	return entries;
}

/** GitHub's anchor for a README heading. */
const anchorOf = (heading: string) =>
	heading
		.toLowerCase()
		.replace(/[^\w\- ]/g, '')
		.replace(/ /g, '-');

describe('What the nodes panel shows', () => {
	it('the merged "Fivetran" entry says what the actions do and what the trigger starts on', () => {
		const entries = panelEntries(descriptions.map((d) => ({ ...d, name: `${PACKAGE}.${d.name}` })));
		const fivetran = entries.find((entry) => entry.name === `${PACKAGE}.fivetran`);

		expect(entries.map((entry) => entry.name)).toEqual([
			`${PACKAGE}.fivetran`,
			`${PACKAGE}.fivetranWebhookTrigger`,
		]);
		// The actions: what one manages and does.
		expect(fivetran?.description).toMatch(/^Manage Fivetran connectors/);
		expect(fivetran?.description).toMatch(/sync and wait, pause, resume/);
		// The trigger events.
		expect(fivetran?.description).toMatch(/start workflows when a connector breaks/);
		expect(fivetran?.description).toMatch(/transformation run fails or succeeds/);
	});
});

describe('Docs links', () => {
	const readmeAnchors = readFileSync(join(ROOT, 'README.md'), 'utf8')
		.split('\n')
		.filter((line) => /^#{1,4} /.test(line))
		.map((line) => `#${anchorOf(line.replace(/^#+ /, ''))}`);

	const links = [
		['credential', new FivetranApi().documentationUrl],
		...['Fivetran', 'FivetranTrigger', 'FivetranWebhookTrigger'].flatMap((node) => {
			const codex = JSON.parse(
				readFileSync(join(ROOT, 'nodes', node, `${node}.node.json`), 'utf8'),
			) as { resources: Record<string, Array<{ url: string }>> };
			return Object.values(codex.resources)
				.flat()
				.map(({ url }) => [node, url]);
		}),
	];

	it.each(links)("%s: %s is a section of this package's README", (_what, url) => {
		expect(url.startsWith(`${repositoryPage}#`)).toBe(true);
		expect(readmeAnchors).toContain(url.slice(repositoryPage.length));
	});
});
