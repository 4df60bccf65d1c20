import { describe, expect, it } from 'vitest';
import { cameraFromHash } from './camera-hash';

describe('cameraFromHash', () => {
	it('reads MapLibre’s #zoom/lat/lon, with bearing and pitch when given', () => {
		expect(cameraFromHash('#8.77/34.4021/69.2991')).toEqual({ zoom: 8.77, center: [69.2991, 34.4021], bearing: 0, pitch: 0 });
		expect(cameraFromHash('#5/40/70/12.5/30')).toEqual({ zoom: 5, center: [70, 40], bearing: 12.5, pitch: 30 });
	});

	it('is null for no hash or a malformed one', () => {
		for (const hash of ['', '#', '#details', '#8/34', '#8/95/69', '#8/34/200', '#a/b/c', '#8//69']) expect(cameraFromHash(hash)).toBeNull();
	});
});
