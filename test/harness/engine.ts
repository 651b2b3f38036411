/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals --
   test-only Node tooling, never part of the published package */
import os from 'os';
import path from 'path';
import { ExecutionLifecycleHooks, InstanceSettings } from 'n8n-core';
import {
	LoggerProxy,
	NodeHelpers,
	UnexpectedError,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IDataObject,
	type INode,
	type INodeType,
	type INodeTypes,
	type IVersionedNodeType,
	type IWorkflowExecuteAdditionalData,
	type WorkflowExecuteMode,
} from 'n8n-workflow';

import { HarnessCredentialsHelper } from './credentials-helper';

export const PACKAGE_PREFIX = 'n8n-nodes-fivetran';
export const WORKFLOW_ID = 'harness-workflow';

/** Set HARNESS_LOG=1 to see the engine's warnings and errors while debugging a test. */
const noop = () => {};
const log = (level: string) =>
	// eslint-disable-next-line no-console -- opt-in debug output
	process.env.HARNESS_LOG ? (message: string) => console.log(`[n8n ${level}] ${message}`) : noop;
const quietLogger = {
	error: log('error'),
	warn: log('warn'),
	info: noop,
	debug: noop,
	scoped() {
		return quietLogger;
	},
};

/**
 * n8n-core ships its own nested @n8n/di and @n8n/backend-common (the top-level copies belong to
 * @n8n/node-cli and are other versions). The DI container is a per-copy singleton, so services
 * must be registered in exactly the copy n8n-core resolves.
 */
function requireFromCore<T>(id: string): T {
	const coreDir = path.dirname(require.resolve('n8n-core/package.json'));
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- resolved at run time from n8n-core's folder
	return require(require.resolve(id, { paths: [coreDir] })) as T;
}
type ServiceKey = abstract new (...args: never[]) => unknown;
const { Container } = requireFromCore<{
	Container: { set(key: ServiceKey, value: unknown): void };
}>('@n8n/di');
const { Logger } = requireFromCore<{ Logger: ServiceKey }>('@n8n/backend-common');

let engineReady = false;

/**
 * The minimum DI setup n8n-core needs to execute nodes. The real InstanceSettings would
 * create ~/.n8n/config with an encryption key, so a fixed stand-in is registered instead.
 */
export function setUpEngine(): void {
	if (engineReady) return;
	Container.set(Logger, quietLogger);
	LoggerProxy.init(quietLogger as unknown as Parameters<typeof LoggerProxy.init>[0]);
	Container.set(InstanceSettings, {
		instanceId: 'harness-instance',
		hmacSignatureSecret: 'harness-hmac-secret',
		instanceType: 'main',
		instanceRole: 'leader',
		isLeader: true,
		// Only read to derive (unused) storage paths; nothing is written there by our nodes.
		n8nFolder: path.join(os.tmpdir(), 'n8n-harness'),
		fsStorageMigrated: true,
	});
	engineReady = true;
}

/** Community node types are registered as `<package>.<name>`, like n8n does on load. */
export function nodeTypeName(nodeType: INodeType | IVersionedNodeType): string {
	const { name } = nodeType.description;
	return name.includes('.') ? name : `${PACKAGE_PREFIX}.${name}`;
}

export function defaultTypeVersion(nodeType: INodeType | IVersionedNodeType): number {
	const description = nodeType.description as {
		version?: number | number[];
		defaultVersion?: number;
	};
	if (description.defaultVersion !== undefined) return description.defaultVersion;
	const { version } = description;
	return Array.isArray(version) ? Math.max(...version) : (version ?? 1);
}

export function createNodeTypes(types: Record<string, INodeType | IVersionedNodeType>): INodeTypes {
	const lookup = (name: string) => {
		const type = types[name];
		if (!type) throw new UnexpectedError(`Harness does not know node type "${name}"`);
		return type;
	};
	return {
		getByName: lookup,
		getByNameAndVersion: (name, version) => NodeHelpers.getVersionedNodeType(lookup(name), version),
		getKnownTypes: () => ({}),
	};
}

/** One node of the workflow under test, with every given credential attached by type name. */
export function createNode(options: {
	name: string;
	type: string;
	typeVersion: number;
	parameters: INode['parameters'];
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	position?: [number, number];
}): INode {
	const credentialNames = Object.keys(options.credentials ?? {});
	return {
		id: `${options.name.toLowerCase().replace(/\W+/g, '-')}-id`,
		name: options.name,
		type: options.type,
		typeVersion: options.typeVersion,
		position: options.position ?? [200, 0],
		parameters: structuredClone(options.parameters),
		credentials: Object.fromEntries(
			credentialNames.map((type) => [type, { id: `${type}-id`, name: type }]),
		),
	};
}

export function createAdditionalData(options: {
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	credentialTypes?: ICredentialType[];
	mode: WorkflowExecuteMode;
	executionId?: string;
	currentNodeParameters?: INode['parameters'];
}): IWorkflowExecuteAdditionalData {
	const unsupported = (what: string) => async () => {
		throw new UnexpectedError(`Harness does not support ${what}`);
	};
	const additionalData: Partial<IWorkflowExecuteAdditionalData> = {
		credentialsHelper: new HarnessCredentialsHelper(
			options.credentials ?? {},
			options.credentialTypes ?? [],
		),
		executionId: options.executionId,
		workflowId: WORKFLOW_ID,
		currentNodeExecutionIndex: 0,
		currentNodeParameters: options.currentNodeParameters,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		formBaseUrl: 'http://localhost:5678/form',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		formTestBaseUrl: 'http://localhost:5678/form-test',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		mcpBaseUrl: 'http://localhost:5678/mcp',
		mcpTestBaseUrl: 'http://localhost:5678/mcp-test',
		variables: {} as IDataObject,
		executeWorkflow: unsupported('executing sub-workflows'),
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		startRunnerTask: unsupported('task runners (Code node)'),
		logAiEvent: noop,
	};
	if (options.executionId) {
		additionalData.hooks = new ExecutionLifecycleHooks(options.mode, options.executionId, {
			id: WORKFLOW_ID,
			name: 'Harness workflow',
			active: false,
			isArchived: false,
			createdAt: new Date(),
			updatedAt: new Date(),
			nodes: [],
			connections: {},
			activeVersionId: null,
		});
	}
	return additionalData as IWorkflowExecuteAdditionalData;
}
