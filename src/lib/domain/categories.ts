/**
 * The incident taxonomy. Each category maps onto one ACLED event_type / sub_event_type pair so
 * that imports and exports line up with ACLED's codebook.
 */
export const CATEGORY_IDS = [
	'suicide-bomb',
	'remote-explosive',
	'shelling-missile',
	'air-drone-strike',
	'armed-clash',
	'attack',
	'campaign',
	'threat',
	'strategic-other'
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface Category {
	id: CategoryId;
	label: string;
	/** ACLED `event_type`. */
	acledEventType: string;
	/** ACLED `sub_event_type`. */
	acledSubEventType: string;
	/** Fill colour on the map and in the legend (colour-blind-safe palette, Okabe–Ito based). */
	color: string;
	/** A one-character symbol drawn on the marker, so colour is never the only cue. */
	symbol: string;
}

export const CATEGORIES: Record<CategoryId, Category> = {
	'suicide-bomb': {
		id: 'suicide-bomb',
		label: 'Suicide bombing',
		acledEventType: 'Explosions/Remote violence',
		acledSubEventType: 'Suicide bomb',
		color: '#d55e00',
		symbol: 'S'
	},
	'remote-explosive': {
		id: 'remote-explosive',
		label: 'Bombing (IED)',
		acledEventType: 'Explosions/Remote violence',
		acledSubEventType: 'Remote explosive/landmine/IED',
		color: '#e69f00',
		symbol: 'B'
	},
	'shelling-missile': {
		id: 'shelling-missile',
		label: 'Rocket or artillery fire',
		acledEventType: 'Explosions/Remote violence',
		acledSubEventType: 'Shelling/artillery/missile attack',
		color: '#cc79a7',
		symbol: 'R'
	},
	'air-drone-strike': {
		id: 'air-drone-strike',
		label: 'Air or drone strike',
		acledEventType: 'Explosions/Remote violence',
		acledSubEventType: 'Air/drone strike',
		color: '#0072b2',
		symbol: 'D'
	},
	'armed-clash': {
		id: 'armed-clash',
		label: 'Armed clash',
		acledEventType: 'Battles',
		acledSubEventType: 'Armed clash',
		color: '#882255',
		symbol: 'C'
	},
	attack: {
		id: 'attack',
		label: 'Attack on civilians',
		acledEventType: 'Violence against civilians',
		acledSubEventType: 'Attack',
		color: '#a6761d',
		symbol: 'A'
	},
	campaign: {
		id: 'campaign',
		label: 'Campaign tally',
		acledEventType: 'Strategic developments',
		acledSubEventType: 'Other',
		color: '#6a3d9a',
		symbol: 'Σ'
	},
	threat: {
		id: 'threat',
		label: 'Declared threat',
		acledEventType: 'Strategic developments',
		acledSubEventType: 'Other',
		color: '#009e73',
		symbol: '!'
	},
	'strategic-other': {
		id: 'strategic-other',
		label: 'Context (non-violent)',
		acledEventType: 'Strategic developments',
		acledSubEventType: 'Other',
		color: '#56606b',
		symbol: 'i'
	}
};

export function isCategoryId(value: string): value is CategoryId {
	return (CATEGORY_IDS as readonly string[]).includes(value);
}
