import type { IncidentProperties } from './incident';
import { NAME_VARIANTS } from './name-variants';

/**
 * Free-text search over incidents, forgiving of how a name is spelled: case, diacritics,
 * apostrophes (' ’ ʻ ʼ) and punctuation are folded away, and a name in `NAME_VARIANTS` also finds
 * its other spellings. A query matches when every one of its terms is found.
 *
 * - A plain word matches at the start of a word: "bomb" finds "bombing", "kab" finds "Kabul",
 *   but "bul" does not.
 * - A known name (one word or several, e.g. "Gazur Gah", "ISIS-K") matches any spelling of it as
 *   whole words, optionally followed by "s" (a folded possessive, "Herat's"). Whole words keep
 *   short spellings such as "IS-K" from matching "is known".
 */

/** Letters that Unicode decomposition leaves whole but a reader types without their stroke. */
const LETTERS: Record<string, string> = { ø: 'o', đ: 'd', ł: 'l', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };
/** Apostrophes and the letters used as apostrophes in Uzbek Latin (oʻ, gʻ) and Pashto/Persian transliteration. */
const APOSTROPHES = /['`´‘’‛ʹʻʼʽˈ′]/g;

/** Lowercase, without diacritics or apostrophes, punctuation as single spaces: "Farg‘ona!" → "fargona". */
export function foldText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[øđłıßæœþ]/g, (c) => LETTERS[c] ?? c)
		.replace(APOSTROPHES, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** One term of a query: found when any of its spellings is. */
export interface Term {
	spellings: readonly string[];
	/** Whole words (a known name) rather than a word start (a plain word). */
	whole: boolean;
}

/** Every spelling of every known name, folded and split into words, longest first. */
const KNOWN_NAMES: readonly { words: string[]; group: readonly string[] }[] = NAME_VARIANTS.flatMap(
	(names) => {
		const group = [...new Set(names.map(foldText))];
		return group.map((spelling) => ({ words: spelling.split(' '), group }));
	}
).sort((a, b) => b.words.length - a.words.length);

/** Split a query into terms, reading known names (longest first) before single words. */
export function queryTerms(query: string): Term[] {
	const words = foldText(query).split(' ').filter(Boolean);
	const found: Term[] = [];
	for (let i = 0; i < words.length; ) {
		const name = KNOWN_NAMES.find((n) => n.words.every((w, j) => words[i + j] === w));
		if (name) {
			found.push({ spellings: name.group, whole: true });
			i += name.words.length;
		} else {
			found.push({ spellings: [words[i]!], whole: false });
			i += 1;
		}
	}
	return found;
}

function termFound(haystack: string, term: Term): boolean {
	return term.spellings.some((s) =>
		term.whole
			? haystack.includes(` ${s} `) || haystack.includes(` ${s}s `)
			: haystack.includes(` ${s}`)
	);
}

/**
 * A predicate over texts for `query`: true when every term of the query is found in the text.
 * A query with no letters or digits has no terms and matches every text.
 */
export function textMatcher(query: string): (text: string) => boolean {
	const parsed = queryTerms(query);
	return (text) => {
		const haystack = ` ${foldText(text)} `;
		return parsed.every((t) => termFound(haystack, t));
	};
}

/** The searched fields; a digest has no summary (a large dataset's page asks the server instead). */
type Searchable = Pick<IncidentProperties, 'title' | 'place' | 'perpetrator'> & { summary?: string };

/**
 * The searched fields of an incident: title, summary, the place's name, admin1 and country, and
 * the perpetrator (so that the names of armed groups in `NAME_VARIANTS` find their records).
 */
export function searchableText(p: Searchable): string {
	return [p.title, p.summary ?? '', p.place.name, p.place.admin1 ?? '', p.place.country, p.perpetrator ?? ''].join('\n');
}

/** Each record's folded searchable text, computed once: searching 100,000 records then costs no folding. */
const FOLDED = new WeakMap<Searchable, string>();

/** A predicate over incidents for `query`, searching the fields of `searchableText`. */
export function incidentTextMatcher(query: string): (p: Searchable) => boolean {
	const parsed = queryTerms(query);
	return (p) => {
		let haystack = FOLDED.get(p);
		if (haystack === undefined) FOLDED.set(p, (haystack = ` ${foldText(searchableText(p))} `));
		return parsed.every((t) => termFound(haystack, t));
	};
}
