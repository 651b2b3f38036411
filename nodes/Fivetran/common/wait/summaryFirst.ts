import type { IDataObject } from 'n8n-workflow';

/**
 * The outcome fields first, then the Fivetran object: the editor's output panel and an agent reading
 * the item see "did it work, how long" before dozens of config fields. The summary is spread again
 * at the end so that its values win should the object carry a field of the same name (a key keeps
 * the position of its first appearance).
 */
export function summaryFirst(summary: IDataObject, object: IDataObject): IDataObject {
	return { ...summary, ...object, ...summary };
}
