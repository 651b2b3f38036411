'use strict';
// Fivetran-style two-word ids ("sandy_lamb") for objects created through the API.
// A seeded generator keeps them deterministic across runs of the same sequence of calls.

const ADJECTIVES = [
	'amber', 'bold', 'brave', 'calm', 'cheeky', 'crisp', 'daring', 'eager', 'fancy', 'gentle',
	'glossy', 'happy', 'hazy', 'icy', 'jolly', 'keen', 'lucky', 'merry', 'misty', 'nimble',
	'odd', 'plucky', 'proud', 'quirky', 'rosy', 'rustic', 'shiny', 'silky', 'snappy', 'spry',
	'sunny', 'swift', 'tame', 'trusty', 'vivid', 'wavy', 'wise', 'zany', 'zesty', 'breezy',
];
const NOUNS = [
	'alpaca', 'beaver', 'bobcat', 'camel', 'cobra', 'condor', 'coyote', 'dingo', 'dolphin', 'eagle',
	'ferret', 'gazelle', 'gopher', 'hamster', 'hippo', 'iguana', 'jackal', 'kiwi', 'lemur', 'llama',
	'magpie', 'mole', 'newt', 'ocelot', 'panda', 'pelican', 'quail', 'raven', 'salmon', 'seal',
	'sparrow', 'stork', 'tapir', 'toucan', 'turtle', 'urchin', 'viper', 'weasel', 'wombat', 'zebra',
];

// mulberry32: tiny deterministic PRNG.
function prng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function createIdFactory(seed = 20240601) {
	const rand = prng(seed);
	const pick = (list) => list[Math.floor(rand() * list.length)];
	return function nextId(isTaken = () => false) {
		for (let attempt = 0; attempt < 50; attempt++) {
			const id = `${pick(ADJECTIVES)}_${pick(NOUNS)}`;
			if (!isTaken(id)) return id;
		}
		// Word pairs exhausted locally: add a numeric suffix rather than loop forever.
		for (let n = 2; ; n++) {
			const id = `${pick(ADJECTIVES)}_${pick(NOUNS)}${n}`;
			if (!isTaken(id)) return id;
		}
	};
}

module.exports = { createIdFactory, prng };
