import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/** The "enter it as rows, or as JSON" switch that Create, Update Schema Config and Resync Tables offer. */
export function inputModeField(
	name: string,
	displayName: string,
	fieldsDescription: string,
	jsonDescription: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		options: [
			{ name: 'Fields Below', value: 'fields', description: fieldsDescription },
			{ name: 'JSON', value: 'json', description: jsonDescription },
		],
		default: 'fields',
	};
}

export function isJsonInput(ctx: IExecuteFunctions, name: string, itemIndex: number): boolean {
	return ctx.getNodeParameter(name, itemIndex, 'fields') === 'json';
}
