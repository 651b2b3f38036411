import type { IDataObject, INodeExecutionData, INodeType } from 'n8n-workflow';

export const START_NODE_TYPE = 'harness.start';
export const START_NODE_NAME = 'Start';

/**
 * Trigger-less start node: the engine runs it first and it emits the test's input items,
 * which then flow into the node under test over a real connection.
 */
export function createStartNodeType(input: IDataObject[]): INodeType {
	return {
		description: {
			displayName: 'Harness Start',
			name: START_NODE_TYPE,
			group: ['input'],
			version: 1,
			description: 'Emits the input items of a harness run',
			defaults: { name: START_NODE_NAME },
			inputs: [],
			outputs: ['main'],
			properties: [],
		},
		async execute() {
			const items: INodeExecutionData[] = input.map((json) => ({ json: structuredClone(json) }));
			return [items];
		},
	};
}
