'use strict';
// Cursor pagination as on api.fivetran.com: `limit` 1..1000 (default 100), opaque `cursor`,
// `next_cursor` only while more items remain. The cursor is base64url of "o:<offset>".
const { invalid } = require('./envelope');

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

function encodeCursor(offset) {
	return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor) {
	if (!/^[A-Za-z0-9_-]+={0,2}$/.test(cursor)) return null;
	const text = Buffer.from(cursor, 'base64url').toString('utf8');
	const m = /^o:(\d{1,9})$/.exec(text);
	return m ? Number(m[1]) : null;
}

function parseLimit(raw) {
	if (raw === null || raw === undefined || raw === '') return DEFAULT_LIMIT;
	if (!/^\d+$/.test(raw)) throw invalid(`Invalid value for 'limit': must be an integer between 1 and ${MAX_LIMIT}`);
	const limit = Number(raw);
	if (limit < 1 || limit > MAX_LIMIT) {
		throw invalid(`Invalid value for 'limit': must be an integer between 1 and ${MAX_LIMIT}`);
	}
	return limit;
}

// `items` is the full filtered array; `map` turns stored records into response objects.
function paginate(items, query, map = (x) => x) {
	const limit = parseLimit(query.get('limit'));
	const rawCursor = query.get('cursor');
	let offset = 0;
	if (rawCursor !== null && rawCursor !== '') {
		offset = decodeCursor(rawCursor);
		if (offset === null) throw invalid("Invalid value for 'cursor'");
	}
	const page = items.slice(offset, offset + limit).map(map);
	const data = { items: page };
	if (offset + limit < items.length) data.next_cursor = encodeCursor(offset + limit);
	return data;
}

module.exports = { paginate, parseLimit, encodeCursor, decodeCursor, DEFAULT_LIMIT, MAX_LIMIT };
