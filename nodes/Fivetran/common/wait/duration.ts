/** 90_000 -> "1 min 30 s", 3_600_000 -> "1 h": what a person reads in an error. */
export function formatDuration(ms: number): string {
	const totalSeconds = Math.max(0, Math.round(ms / 1000));
	const hours = Math.floor(totalSeconds / 3600);
	const minutes = Math.floor((totalSeconds % 3600) / 60);
	const seconds = totalSeconds % 60;
	const parts = [
		hours ? `${hours} h` : '',
		minutes ? `${minutes} min` : '',
		seconds ? `${seconds} s` : '',
	];
	return parts.filter(Boolean).join(' ') || '0 s';
}
