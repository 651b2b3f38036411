/**
 * Runs our nodes through n8n-core's real execution path (WorkflowExecute, ExecuteContext,
 * PollContext, LoadOptionsContext, real parameter/expression resolution and real
 * httpRequestWithAuthentication with the credential's `authenticate`). Tests mock HTTP with nock.
 */
import {
	LoadOptionsContext,
	PollContext,
	TriggersAndPollers,
	WorkflowExecute,
	WorkflowHasIssuesError,
} from 'n8n-core';
import {
	UnexpectedError,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeListSearchResult,
	type INodeParameters,
	type INodeType,
	type IRun,
	type NodeExecutionHint,
	type IVersionedNodeType,
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
import { START_NODE_NAME, START_NODE_TYPE, createStartNodeType } from './start-node';

export { HarnessCredentialsHelper } from './credentials-helper';

type AnyNodeType = INodeType | IVersionedNodeType;

interface NodeUnderTest {
	nodeType: AnyNodeType;
	parameters: INodeParameters;
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	credentialTypes?: ICredentialType[];
	typeVersion?: number;
}

export interface RunNodeOptions extends NodeUnderTest {
	/** JSON of the input items; default one empty item. */
	input?: IDataObject[];
	/** Sets node.onError = 'continueRegularOutput' (what "On Error: Continue" does in the UI). */
	continueOnFail?: boolean;
	/** Presses Stop this many real milliseconds after the run started (see startNode for other moments). */
	stopAfterMs?: number;
}

/**
 * The node's error as n8n records it: the engine stores `{ ...error, message, stack }`, so this is a
 * plain object (no prototype, `instanceof` fails) carrying the ExecutionBaseError's own fields.
 */
export interface RunError extends Error {
	description?: string | null;
	/** NodeApiError only: the HTTP status as a string, e.g. '404'. */
	httpCode?: string | null;
	/** NodeOperationError/NodeApiError `itemIndex` option ends up in `context.itemIndex`. */
	context?: IDataObject;
	level?: string;
}

export interface RunNodeResult {
	/**
	 * First output of the node under test: [] when it failed; with continueOnFail and a node that
	 * threw anyway, n8n passes the node's input items through (and `error` is set as well).
	 */
	items: INodeExecutionData[];
	/** The node's error, or the workflow's (e.g. WorkflowHasIssuesError for a missing required parameter). */
	error?: RunError;
	/** Date.now() when Stop was pressed; only set when the run was stopped. */
	stoppedAt?: number;
	/** Execution hints the node added (shown above its output in the editor). */
	hints?: NodeExecutionHint[];
}

/** A run in progress, which a test may stop the way a user presses Stop in n8n. */
export interface RunningNode {
	/**
	 * Cancels the execution as n8n does on Stop: WorkflowExecute's cancel aborts the signal that
	 * getExecutionCancelSignal() returns to the node. The run still ends only when the node returns.
	 */
	stop(): void;
	/** The outcome once the node has returned or thrown (after a stop too). */
	result: Promise<RunNodeResult>;
}

export interface PollNodeOptions extends NodeUnderTest {
	/** The workflow static data; mutated in place, so successive polls can share it. */
	staticData?: IDataObject;
	mode?: 'trigger' | 'manual';
	/** The node's ID in the workflow (default: derived from its name), to play several triggers. */
	nodeId?: string;
}

export interface LoadListSearchOptions extends NodeUnderTest {
	methodName: string;
	filter?: string;
	paginationToken?: string;
}

let executionCounter = 0;

function nodeUnderTest(options: NodeUnderTest, extra: Partial<INode> = {}): INode {
	const { nodeType } = options;
	return {
		...createNode({
			name: nodeType.description.displayName,
			type: nodeTypeName(nodeType),
			typeVersion: options.typeVersion ?? defaultTypeVersion(nodeType),
			parameters: options.parameters,
			credentials: options.credentials,
		}),
		...extra,
	};
}

function buildRunWorkflow(options: RunNodeOptions): {
	workflow: Workflow;
	node: INode;
	start: INode;
} {
	const node = nodeUnderTest(
		options,
		options.continueOnFail ? { onError: 'continueRegularOutput' } : {},
	);
	const start = createNode({
		name: START_NODE_NAME,
		type: START_NODE_TYPE,
		typeVersion: 1,
		parameters: {},
		position: [0, 0],
	});
	const workflow = new Workflow({
		id: WORKFLOW_ID,
		name: 'Harness workflow',
		nodes: [start, node],
		connections: {
			[start.name]: { main: [[{ node: node.name, type: 'main', index: 0 }]] },
		},
		active: false,
		nodeTypes: createNodeTypes({
			[START_NODE_TYPE]: createStartNodeType(options.input ?? [{}]),
			[node.type]: options.nodeType,
		}),
		settings: { executionOrder: 'v1' },
	});
	return { workflow, node, start };
}

function resultOf(run: IRun, node: INode): RunNodeResult {
	const taskData = run.data.resultData.runData[node.name]?.[0];
	const items = taskData?.data?.main?.[0] ?? [];
	// taskData.error is the real ExecutionBaseError; resultData.error is only a spread copy of it.
	const error = (taskData?.error ?? run.data.resultData.error) as RunError | undefined;
	const hints = taskData?.hints?.length ? { hints: taskData.hints } : {};
	return error ? { items, error, ...hints } : { items, ...hints };
}

/** Starts Start -> node under test as a manual execution; the test may stop it while it runs. */
export function startNode(options: RunNodeOptions): RunningNode {
	setUpEngine();
	const executionId = `harness-${++executionCounter}`;
	const { workflow, node, start } = buildRunWorkflow(options);
	const additionalData = createAdditionalData({ ...options, mode: 'manual', executionId });

	let execution: ReturnType<WorkflowExecute['run']> | undefined;
	let finished: Promise<IRun>;
	try {
		execution = new WorkflowExecute(additionalData, 'manual').run({ workflow, startNode: start });
		finished = execution;
	} catch (error) {
		finished = Promise.reject(error);
	}
	let stoppedAt: number | undefined;
	const result = async (): Promise<RunNodeResult> => {
		let run: IRun;
		try {
			// n8n's cancel does not reject: the run resolves once the node under test has ended.
			run = await finished;
		} catch (error) {
			// Parameter issues stop the run before any node executes (the editor would refuse to run).
			if (error instanceof WorkflowHasIssuesError) return { items: [], error };
			// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- harness failure, not a node's
			throw error;
		}
		const outcome = resultOf(run, node);
		return stoppedAt === undefined ? outcome : { ...outcome, stoppedAt };
	};
	return {
		stop: () => {
			stoppedAt ??= Date.now();
			execution?.cancel();
		},
		result: result(),
	};
}

/** Runs Start -> node under test as a manual execution and returns the node's first output. */
export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	const running = startNode(options);
	if (options.stopAfterMs === undefined) return await running.result;
	// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- test tooling: a real-time Stop
	const timer = setTimeout(running.stop, options.stopAfterMs);
	try {
		return await running.result;
	} finally {
		// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- the timer set above
		clearTimeout(timer);
	}
}

/** Calls the node's poll() through the real PollContext, as n8n's poller does on each tick. */
export async function pollNode(options: PollNodeOptions): Promise<INodeExecutionData[][] | null> {
	setUpEngine();
	const mode = options.mode ?? 'trigger';
	const node = nodeUnderTest(options, options.nodeId ? { id: options.nodeId } : {});
	const workflow = new Workflow({
		id: WORKFLOW_ID,
		name: 'Harness workflow',
		nodes: [node],
		connections: {},
		active: mode === 'trigger',
		nodeTypes: createNodeTypes({ [node.type]: options.nodeType }),
		staticData: options.staticData ?? {},
		settings: { executionOrder: 'v1' },
	});
	const additionalData = createAdditionalData({ ...options, mode });
	const pollFunctions = new PollContext(
		workflow,
		node,
		additionalData,
		mode,
		mode === 'trigger' ? 'activate' : 'manual',
	);
	return await new TriggersAndPollers().runPollFunction(workflow, node, pollFunctions);
}

/** Calls methods.listSearch[methodName] the way n8n's editor backend does (LoadOptionsContext). */
export async function loadListSearch(
	options: LoadListSearchOptions,
): Promise<INodeListSearchResult> {
	setUpEngine();
	const node = nodeUnderTest(options);
	const nodeTypes = createNodeTypes({ [node.type]: options.nodeType });
	const method = nodeTypes.getByNameAndVersion(node.type, node.typeVersion).methods?.listSearch?.[
		options.methodName
	];
	if (!method) throw new UnexpectedError(`Node has no listSearch method "${options.methodName}"`);
	// The Workflow constructor fills in parameter defaults; the editor sends those same values.
	const workflow = new Workflow({
		id: WORKFLOW_ID,
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes,
	});
	const additionalData = createAdditionalData({
		...options,
		mode: 'internal',
		currentNodeParameters: node.parameters,
	});
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	return await method.call(context, options.filter, options.paginationToken);
}
