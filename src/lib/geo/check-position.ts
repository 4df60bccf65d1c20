/**
 * Throws a RangeError naming `name` unless `position` is a finite `[lon, lat]` with lon in
 * [-180, 180] and lat in [-90, 90].
 */
export function checkPosition(position: readonly number[], name: string): void {
	const [lon, lat] = position;
	if (position.length < 2 || lon === undefined || lat === undefined) {
		throw new RangeError(`${name} must be a [lon, lat] position, got ${JSON.stringify(position)}`);
	}
	if (!Number.isFinite(lon) || lon < -180 || lon > 180) {
		throw new RangeError(`${name} longitude must be a finite number in [-180, 180], got ${lon}`);
	}
	if (!Number.isFinite(lat) || lat < -90 || lat > 90) {
		throw new RangeError(`${name} latitude must be a finite number in [-90, 90], got ${lat}`);
	}
}
