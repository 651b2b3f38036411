// The Email check of User Invite. Deliberately loose (Fivetran has the last word): one @ with
// something before it, a dot inside the domain, no spaces. Written without a regular expression
// and after a length cap, so any input costs one pass: a backtracking pattern took seconds on long
// input and blocked n8n's event loop meanwhile.

/** The longest address SMTP can carry (RFC 5321: a 256-octet path minus its angle brackets). */
export const MAX_EMAIL_LENGTH = 254;

const hasSpace = (text: string): boolean => {
	for (const char of text) if (char.trim() === '') return true;
	return false;
};

/** Whether `text` (at most MAX_EMAIL_LENGTH long) looks like one email address. */
export function looksLikeEmail(text: string): boolean {
	if (text.length > MAX_EMAIL_LENGTH || hasSpace(text)) return false;
	const at = text.indexOf('@');
	if (at <= 0 || at !== text.lastIndexOf('@')) return false;
	const domain = text.slice(at + 1);
	// A dot with something on both sides: the first dot after the domain's first character.
	const dot = domain.indexOf('.', 1);
	return dot > 0 && dot < domain.length - 1;
}
