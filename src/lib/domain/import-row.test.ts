import { describe, expect, it } from 'vitest';
import { listCell, RowReader, slugPart } from './import-row';

describe('RowReader', () => {
	it('trims cells and treats empty or absent cells as missing', () => {
		const r = new RowReader({ a: '  x ', b: '   ' });
		expect(r.text('a')).toBe('x');
		expect(r.text('b')).toBeNull();
		expect(r.text('c')).toBeNull();
		expect(r.required('b')).toBe('');
		expect(r.problems).toEqual([{ column: 'b', reason: 'is empty' }]);
	});

	it('reads counts: empty is unknown (null), never 0; negative or fractional counts are problems', () => {
		const r = new RowReader({ none: '', zero: '0', some: '12', minus: '-99', half: '1.5' });
		expect(r.count('none')).toBeNull();
		expect(r.count('zero')).toBe(0);
		expect(r.count('some')).toBe(12);
		expect(r.count('minus')).toBeNull();
		expect(r.count('half')).toBeNull();
		expect(r.problems.map((p) => p.column)).toEqual(['minus', 'half']);
	});

	it('reads codes from a list and names the list when a code is not in it', () => {
		const r = new RowReader({ p: '4' });
		expect(r.code('p', [1, 2, 3] as const)).toBeNull();
		expect(r.problems).toEqual([{ column: 'p', reason: '"4" is not one of the codes 1, 2, 3' }]);
	});

	it('reads a point as [lon, lat] and says when out-of-range coordinates look swapped', () => {
		expect(new RowReader({ latitude: '34.5', longitude: '69.2' }).point()).toEqual([69.2, 34.5]);

		const swapped = new RowReader({ latitude: '120.5', longitude: '34.5' });
		expect(swapped.point()).toBeNull();
		expect(swapped.problems).toEqual([
			{ column: 'latitude', reason: '120.5 is outside -90…90; latitude and longitude look swapped' }
		]);

		const wild = new RowReader({ latitude: '95', longitude: '190' });
		expect(wild.point()).toBeNull();
		expect(wild.problems.map((p) => p.reason)).toEqual(['95 is outside -90…90', '190 is outside -180…180']);

		const words = new RowReader({ latitude: 'north', longitude: '' });
		expect(words.point()).toBeNull();
		expect(words.problems).toEqual([
			{ column: 'latitude', reason: '"north" is not a number' },
			{ column: 'longitude', reason: 'is empty' }
		]);
	});
});

describe('cells', () => {
	it('makes ids of letters and digits only', () => {
		expect(slugPart('AFG12345')).toBe('afg12345');
		expect(slugPart(' IRQ-1989-1-524-322 ')).toBe('irq-1989-1-524-322');
		expect(slugPart('Ñandú 7')).toBe('nandu-7');
		expect(slugPart('کابل')).toBe('');
	});

	it('splits list cells', () => {
		expect(listCell('A; B;;A ; C')).toEqual(['A', 'B', 'C']);
		expect(listCell(null)).toEqual([]);
		expect(listCell('https://a.org/x https://b.org/y', ' ')).toEqual(['https://a.org/x', 'https://b.org/y']);
	});
});
