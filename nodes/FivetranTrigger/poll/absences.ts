// One rule for every watched kind of object (connectors, transformations, agents): a remembered
// object absent from one complete read is kept (a transient 404, or an object that shifted between
// pages while the list was read); only a second absence in a row forgets it.

/** Remembered IDs absent from this read for the first time: they are carried over. */
export function firstAbsences(
	remembered: Iterable<string>,
	present: ReadonlySet<string>,
	absentBefore: readonly string[] | undefined,
): Set<string> {
	const before = new Set(absentBefore ?? []);
	return new Set([...remembered].filter((id) => !present.has(id) && !before.has(id)));
}

/** Each object once: a list read while objects moved between pages may hold one twice. */
export function uniqueById<T extends { id: string }>(objects: readonly T[]): T[] {
	const seen = new Set<string>();
	return objects.filter((object) => !seen.has(object.id) && seen.add(object.id));
}
