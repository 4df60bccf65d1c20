import { describe, expect, it } from 'vitest';
import { foldText, incidentTextMatcher, textMatcher } from './text-match';

describe('foldText', () => {
	it('drops case, diacritics and apostrophes of every kind, and turns punctuation into single spaces', () => {
		expect(foldText("Farg'ona")).toBe('fargona');
		expect(foldText('Fargʻona')).toBe('fargona');
		expect(foldText('FARG’ONA')).toBe('fargona');
		expect(foldText('Oʻzbekiston')).toBe('ozbekiston');
		expect(foldText('Hérât')).toBe('herat');
		expect(foldText('ISIS-K (Khorasan)')).toBe('isis k khorasan');
		expect(foldText('  Łódź,  Øresund  ')).toBe('lodz oresund');
	});
});

describe('textMatcher', () => {
	it('matches across case, diacritics and apostrophes', () => {
		expect(textMatcher("farg'ona")('Threat to the Fargʻona region')).toBe(true);
		expect(textMatcher('HERAT')('a bombing in Hérat')).toBe(true);
	});

	it('finds every spelling of a known name', () => {
		const fergana = 'a threat to the Fergana Valley';
		for (const q of ['Fergana', 'Ferghana', "Farg'ona", 'Fargʻona', 'fargona']) expect(textMatcher(q)(fergana), q).toBe(true);
		expect(textMatcher('Hirat')('Herat city')).toBe(true);
		expect(textMatcher('Herat')('Hirat city')).toBe(true);
		expect(textMatcher('gazargah')('the Guzargah mosque')).toBe(true);
		expect(textMatcher('Gazur Gah')('the Gazargah mosque')).toBe(true);
		expect(textMatcher('Kobul')('Kabul')).toBe(true);
		expect(textMatcher('Termiz')('Termez')).toBe(true);
		expect(textMatcher('Qandahar')('Kandahar')).toBe(true);
		expect(textMatcher('Tojikiston')('Tajikistan')).toBe(true);
		expect(textMatcher('Uzbekistan')('Oʻzbekiston Respublikasi')).toBe(true);
		expect(textMatcher('Kyrgyz Republic')('Kyrgyzstan')).toBe(true);
		expect(textMatcher('Daesh')('claimed by the Islamic State')).toBe(true);
	});

	it('reads a several-word name as one term, longest first', () => {
		const iskp = 'claimed by Islamic State Khorasan Province (ISKP)';
		for (const q of ['ISKP', 'ISIS-K', 'IS-K', 'ISIS-Khorasan', 'islamic state khorasan', 'ISIS K'])
			expect(textMatcher(q)('an attack by ISIS-K'), q).toBe(true);
		expect(textMatcher('ISIS-K')(iskp)).toBe(true);
		// "ISIS-K" is the Khorasan province, not any Islamic State text.
		expect(textMatcher('ISIS-K')('claimed by the Islamic State in Iraq')).toBe(false);
	});

	it('matches a known name as whole words, so a short spelling does not match inside a sentence', () => {
		expect(textMatcher('IS-K')('it is known that')).toBe(false);
		expect(textMatcher('Kabul')('Kabulistan')).toBe(false);
		expect(textMatcher('Herat')("Herat's old city")).toBe(true);
	});

	it('matches a plain word at the start of a word', () => {
		expect(textMatcher('bomb')('a suicide bombing')).toBe(true);
		expect(textMatcher('omb')('a suicide bombing')).toBe(false);
	});

	it('needs every term', () => {
		const text = 'Suicide bombing at the Gazargah mosque, Herat';
		expect(textMatcher('hirat mosque')(text)).toBe(true);
		expect(textMatcher('hirat embassy')(text)).toBe(false);
	});

	it('matches everything when the query has no letters or digits', () => {
		expect(textMatcher(' -- ')('anything')).toBe(true);
	});
});

describe('incidentTextMatcher', () => {
	const incident = {
		title: 'Mosque bombing',
		summary: 'A suicide bomber struck during Friday prayers.',
		place: { name: 'Gazargah mosque', admin1: 'Herat', country: 'Afghanistan', iso3: 'AFG' },
		perpetrator: 'Islamic State Khorasan Province (ISKP)'
	};
	it('searches the title, the summary, the place name, admin1 and country, and the perpetrator', () => {
		expect(incidentTextMatcher('friday')(incident)).toBe(true);
		expect(incidentTextMatcher('guzargah')(incident)).toBe(true);
		expect(incidentTextMatcher('hirat')(incident)).toBe(true);
		expect(incidentTextMatcher('afghanistan mosque prayers')(incident)).toBe(true);
		expect(incidentTextMatcher('ISIS-K')(incident)).toBe(true);
		expect(incidentTextMatcher('Daesh')(incident)).toBe(true);
		expect(incidentTextMatcher('kabul')(incident)).toBe(false);
	});
	it('treats a missing admin1 or perpetrator as no text', () => {
		const bare = { ...incident, place: { ...incident.place, admin1: null }, perpetrator: null };
		expect(incidentTextMatcher('null')(bare)).toBe(false);
		expect(incidentTextMatcher('ISKP')(bare)).toBe(false);
	});
});
