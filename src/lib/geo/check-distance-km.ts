/** Throws a RangeError naming `name` unless `km` is a finite number ≥ 0. */
export function checkDistanceKm(km: number, name: string): void {
	if (typeof km !== 'number' || !Number.isFinite(km) || km < 0) {
		throw new RangeError(`${name} must be a finite number of km ≥ 0, got ${km}`);
	}
}
