import { describe, expect, it } from 'vitest';
import { classify } from './proximity';

describe('classify', () => {
	it('is certain when the whole uncertainty circle fits, possible when part does, null otherwise', () => {
		expect(classify(10, 5, 15)).toBe('certain');
		expect(classify(10, 5, 14.9)).toBe('possible');
		expect(classify(10, 5, 5)).toBe('possible');
		expect(classify(10, 5, 4.9)).toBeNull();
		expect(classify(10, 0, 10)).toBe('certain');
		expect(classify(10.001, 0, 10)).toBeNull();
	});
});
