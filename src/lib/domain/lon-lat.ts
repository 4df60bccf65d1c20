/** A position in RFC 7946 order: longitude, then latitude, in degrees. */
export type LonLat = [lon: number, lat: number];
