import { describe, expect, it } from 'vitest';
import { answerSentence, countsSentence, hitsSummary } from './result-counts';

describe('result counts in words', () => {
	it('says how many of all incidents pass, and how many of those are on the map', () => {
		expect(countsSentence(7, 13)).toBe('7 of 13 incidents.');
		expect(countsSentence(7, 13, 5)).toBe('7 of 13 incidents, 5 on the map.');
		expect(countsSentence(1, 1)).toBe('1 of 1 incident.');
	});

	it('says how many answer a question, and how surely', () => {
		const hits = [{ proximity: 'certain' }, { proximity: 'possible' }, { proximity: 'certain' }];
		expect(hitsSummary(hits)).toBe('3 incidents (2 certain, 1 possible)');
		expect(hitsSummary([{ proximity: 'possible' }])).toBe('1 incident (0 certain, 1 possible)');
		expect(hitsSummary([])).toBe('No incidents');
		expect(answerSentence('Within 25 km of Kabul', hits)).toBe('Within 25 km of Kabul: 3 incidents (2 certain, 1 possible).');
	});
});
