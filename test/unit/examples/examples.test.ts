import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

// What every example promises as shipped: it names n8n 2.x's buttons, and none posts to a made-up
// address: a Slack URL lives empty in Settings and an If posts only once it is filled in.

interface ExampleNode {
	name: string;
	type: string;
	disabled?: boolean;
	parameters: Record<string, unknown>;
}
interface Example {
	nodes: ExampleNode[];
	connections: Record<string, { main: Array<Array<{ node: string }>> }>;
}

const DIR = join(__dirname, '..', '..', '..', 'examples');
const examples = readdirSync(DIR)
	.filter((file) => file.endsWith('.json'))
	.map((file) => [file, JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Example] as const);

const text = (example: Example) => JSON.stringify(example);
const byName = (example: Example, name: string) => example.nodes.find((n) => n.name === name);
const next = (example: Example, name: string, output = 0) =>
	(example.connections[name]?.main[output] ?? []).map((c) => c.node);

const posting = examples.filter(([, example]) =>
	example.nodes.some((n) => n.type === 'n8n-nodes-base.httpRequest' && n.name === 'Post to Slack'),
);

describe('Examples as shipped', () => {
	it.each(examples)('%s names the editor buttons n8n 2.x shows', (_file, example) => {
		expect(text(example)).not.toMatch(/Test workflow|Test step/);
	});

	it.each(examples)('%s posts to no placeholder address', (_file, example) => {
		expect(text(example)).not.toMatch(/REPLACE|hooks\.slack\.com\/services/);
	});

	it('the Slack examples are the alert, the webhook and the pipeline ones', () => {
		expect(posting.map(([file]) => file).sort()).toEqual([
			'broken-connector-alert.json',
			'sync-end-webhook.json',
			'sync-then-transform.json',
		]);
	});

	it.each(posting)(
		'%s: the URL is an empty Settings field, and an If posts only when it is set',
		(_file, example) => {
			const settings = byName(example, 'Settings');
			const assignments = (
				settings?.parameters.assignments as { assignments: Array<Record<string, unknown>> }
			).assignments;
			expect(assignments).toContainEqual(
				expect.objectContaining({ name: 'slack_webhook_url', type: 'string', value: '' }),
			);

			const post = byName(example, 'Post to Slack') as ExampleNode;
			const check = byName(example, 'Slack URL Set?') as ExampleNode;
			expect(post.disabled).toBeUndefined();
			expect(post.parameters.url).toMatch(
				/^=\{\{ \$\('Settings'\)\.(item|first\(\))\.json\.slack_webhook_url \}\}$/,
			);
			const condition = (
				check.parameters.conditions as { conditions: Array<Record<string, unknown>> }
			).conditions;
			expect(condition).toEqual([
				expect.objectContaining({
					leftValue: post.parameters.url,
					operator: { type: 'string', operation: 'notEmpty', singleValue: true },
				}),
			]);
			expect(next(example, 'Slack URL Set?', 0)).toEqual(['Post to Slack']);
			expect(next(example, 'Slack URL Set?', 1)).toEqual(['No Slack URL']);
			// Nothing else leads to the post.
			const into = Object.entries(example.connections).filter(([, c]) =>
				c.main.flat().some((link) => link.node === 'Post to Slack'),
			);
			expect(into.map(([from]) => from)).toEqual(['Slack URL Set?']);
		},
	);

	it.each(posting.filter(([file]) => file !== 'sync-then-transform.json'))(
		'%s: Settings follows the trigger and passes its fields on',
		(_file, example) => {
			const trigger = example.nodes.find((n) => /Trigger$/.test(n.type)) as ExampleNode;
			expect(next(example, trigger.name)).toEqual(['Settings']);
			expect(byName(example, 'Settings')?.parameters).toMatchObject({
				includeOtherFields: true,
				include: 'all',
			});
		},
	);
});
