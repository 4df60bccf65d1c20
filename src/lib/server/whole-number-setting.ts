import { wholeNumber } from '../domain/whole-number';

/**
 * A setting that is a whole number in digits (`MICRO_CACHE_MS`, `DATA_VERSION_POLL_MS`,
 * `TILES_ABOVE`): `fallback` when unset or blank; outside `min`..`max`, or not such a number, an
 * error naming the setting, which stops the server at start-up.
 */
export function wholeNumberSetting(
	name: string,
	value: string | undefined,
	{ fallback, unit, min = 0, max }: { fallback: number; unit: string; min?: number; max?: number }
): number {
	if (value === undefined || value.trim() === '') return fallback;
	const n = wholeNumber(value);
	if (n === undefined || n < min || (max !== undefined && n > max)) {
		const range = max === undefined ? `${min} or more` : `from ${min} to ${max}`;
		throw new Error(`${name}: must be a whole number of ${unit}, ${range} (got "${value}")`);
	}
	return n;
}
