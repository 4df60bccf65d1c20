import { describe, expect, it } from 'vitest';
import { checkPosition } from './check-position';

describe('checkPosition', () => {
	it('accepts the corners of the lon/lat range', () => {
		expect(() => checkPosition([-180, -90], 'center')).not.toThrow();
		expect(() => checkPosition([180, 90], 'center')).not.toThrow();
	});

	it('names the argument and the coordinate that is out of range or not finite', () => {
		expect(() => checkPosition([180.1, 0], 'center')).toThrow(/center longitude .* got 180.1/);
		expect(() => checkPosition([0, -90.5], 'line[3]')).toThrow(/line\[3\] latitude/);
		expect(() => checkPosition([Number.NaN, 0], 'center')).toThrow(RangeError);
		expect(() => checkPosition([0, Number.POSITIVE_INFINITY], 'center')).toThrow(RangeError);
		expect(() => checkPosition([0], 'center')).toThrow(/center must be a \[lon, lat\]/);
	});
});
