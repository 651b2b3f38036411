import * as fs from 'node:fs';
import * as path from 'node:path';

import type { INodePropertyOptions } from 'n8n-workflow';

import { FivetranWebhookTrigger } from '../../../nodes/FivetranWebhookTrigger/FivetranWebhookTrigger.node';
import { WEBHOOK_EVENT_NAMES } from '../../../nodes/shared/webhook/events';

const ROOT = path.join(__dirname, '..', '..', '..');
const description = new FivetranWebhookTrigger().description;

describe('Fivetran Webhook Trigger description', () => {
	it('is listed in package.json and its codex names the same node type', () => {
		const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
		expect(pkg.n8n.nodes).toContain(
			'dist/nodes/FivetranWebhookTrigger/FivetranWebhookTrigger.node.js',
		);
		const codex = JSON.parse(
			fs.readFileSync(
				path.join(ROOT, 'nodes/FivetranWebhookTrigger/FivetranWebhookTrigger.node.json'),
				'utf8',
			),
		);
		expect(codex.node).toBe(`n8n-nodes-fivetran.${description.name}`);
	});

	it('takes POST deliveries and answers at once (Fivetran waits only seconds)', () => {
		expect(description.webhooks).toEqual([
			expect.objectContaining({ name: 'default', httpMethod: 'POST', responseMode: 'onReceived' }),
		]);
		expect(Object.keys(new FivetranWebhookTrigger().webhookMethods.default).sort()).toEqual([
			'checkExists',
			'create',
			'delete',
		]);
	});

	it('offers every event the sandbox (and Fivetran) knows, and only those', () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- the sandbox is plain CommonJS
		const { EVENTS } = require('../../../sandbox/webhooks/events') as { EVENTS: string[] };
		const events = description.properties.find((p) => p.name === 'events');
		const values = ((events?.options ?? []) as INodePropertyOptions[]).map((o) => o.value);
		expect(values).toEqual(WEBHOOK_EVENT_NAMES);
		expect([...values].sort()).toEqual([...EVENTS].sort());
	});
});
