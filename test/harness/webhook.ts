/**
 * Runs a webhook trigger's lifecycle methods (checkExists / create / delete) through n8n-core's
 * real HookContext, and its webhook() through the real WebhookContext with a recorded request and
 * response, the way n8n's webhook server calls them.
 */
import { HookContext, WebhookContext } from 'n8n-core';
import {
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IDataObject,
	type INode,
	type INodeParameters,
	type INodeType,
	type IWebhookData,
	type IWebhookResponseData,
	type WorkflowExecuteMode,
} from 'n8n-workflow';

import {
	WORKFLOW_ID,
	createAdditionalData,
	createNode,
	createNodeTypes,
	defaultTypeVersion,
	nodeTypeName,
	setUpEngine,
} from './engine';

export type HookMethod = 'checkExists' | 'create' | 'delete';

export interface WebhookNodeOptions {
	nodeType: INodeType;
	parameters: INodeParameters;
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	credentialTypes?: ICredentialType[];
	/** Shared between calls like n8n's saved static data; mutated in place. */
	staticData?: IDataObject;
	/** 'manual' plays the editor's "listen for test event" (test URL); default: an active workflow. */
	listening?: boolean;
	/** n8n's public webhook base (WEBHOOK_URL); default https://n8n.example.com. */
	publicUrl?: string;
	/** The node's webhook ID, part of its URL. */
	webhookId?: string;
}

const DEFAULT_PUBLIC_URL = 'https://n8n.example.com';

function setUp(options: WebhookNodeOptions, mode: WorkflowExecuteMode) {
	setUpEngine();
	const node: INode = {
		...createNode({
			name: options.nodeType.description.displayName,
			type: nodeTypeName(options.nodeType),
			typeVersion: defaultTypeVersion(options.nodeType),
			parameters: options.parameters,
			credentials: options.credentials,
		}),
		webhookId: options.webhookId ?? 'node-webhook-1',
	};
	const workflow = new Workflow({
		id: WORKFLOW_ID,
		name: 'Harness workflow',
		nodes: [node],
		connections: {},
		active: !options.listening,
		nodeTypes: createNodeTypes({ [node.type]: options.nodeType }),
		staticData: options.staticData ?? {},
		settings: { executionOrder: 'v1' },
	});
	const additionalData = createAdditionalData({ ...options, mode });
	const base = (options.publicUrl ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, '');
	additionalData.webhookBaseUrl = `${base}/webhook`;
	additionalData.webhookTestBaseUrl = `${base}/webhook-test`;
	const description = options.nodeType.description.webhooks?.[0];
	const webhookData = {
		httpMethod: 'POST',
		node: node.name,
		path: String(description?.path ?? 'webhook'),
		webhookDescription: description,
		workflowId: WORKFLOW_ID,
		workflowExecuteAdditionalData: additionalData,
		isTest: options.listening === true,
	} as unknown as IWebhookData;
	return { node, workflow, additionalData, webhookData };
}

/** The node's webhook URL as n8n computes it (production, or test while listening). */
export function webhookUrlOf(options: WebhookNodeOptions): string {
	const base = (options.publicUrl ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, '');
	const kind = options.listening ? 'webhook-test' : 'webhook';
	return `${base}/${kind}/${options.webhookId ?? 'node-webhook-1'}/webhook`;
}

/** Calls one of webhookMethods.default as n8n does on activation / deactivation. */
export async function runHook(options: WebhookNodeOptions, method: HookMethod): Promise<boolean> {
	const mode: WorkflowExecuteMode = options.listening ? 'manual' : 'trigger';
	const { node, workflow, additionalData, webhookData } = setUp(options, mode);
	const context = new HookContext(workflow, node, additionalData, mode, 'activate', webhookData);
	const hook = options.nodeType.webhookMethods?.default?.[method];
	if (!hook) throw new Error(`The node has no webhook method "${method}"`);
	return await hook.call(context);
}

export interface Delivery {
	body: string;
	headers?: Record<string, string>;
}

export interface DeliveryResult {
	response: IWebhookResponseData;
	/** Status and body when the node answered by itself (e.g. a refusal). */
	status?: number;
	sent?: unknown;
	/** The items the workflow would start with, or undefined when none starts. */
	items?: IDataObject[];
}

function recordedResponse(result: { status?: number; sent?: unknown }) {
	const response = {
		status(code: number) {
			result.status = code;
			return response;
		},
		json(body: unknown) {
			result.sent = body;
			return response;
		},
		send(body: unknown) {
			result.sent = body;
			return response;
		},
		end() {
			return response;
		},
	};
	return response;
}

function parsedBody(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return {};
	}
}

/** Sends one delivery to the node's webhook() and reports what n8n would do with it. */
export async function deliver(
	options: WebhookNodeOptions,
	delivery: Delivery,
): Promise<DeliveryResult> {
	const mode: WorkflowExecuteMode = options.listening ? 'manual' : 'webhook';
	const { node, workflow, additionalData, webhookData } = setUp(options, mode);
	const headers = Object.fromEntries(
		Object.entries(delivery.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
	);
	const recorded: { status?: number; sent?: unknown } = {};
	const request = {
		headers,
		header: (name: string) => headers[name.toLowerCase()],
		body: parsedBody(delivery.body),
		rawBody: Buffer.from(delivery.body),
		params: {},
		query: {},
	};
	Object.assign(additionalData, { httpRequest: request, httpResponse: recordedResponse(recorded) });
	const context = new WebhookContext(workflow, node, additionalData, mode, webhookData, [], null);
	const response = await options.nodeType.webhook!.call(context);
	const items = response.workflowData?.[0]?.map((item) => item.json);
	return { response, ...recorded, items };
}
