import { z } from 'zod';
import { CATEGORY_IDS } from './categories';

/**
 * The incident model. Types are inferred from these schemas; nothing else defines the shape.
 * A dataset file is a GeoJSON FeatureCollection whose features are `IncidentFeature`s.
 */

export const KINDS = ['attack', 'threat', 'context'] as const;
export const DATE_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export const GEO_PRECISIONS = [
	'site',
	'neighbourhood',
	'city',
	'district',
	'province',
	'region',
	'country'
] as const;
export const CLAIM_STATUSES = ['claimed', 'attributed', 'unclaimed'] as const;

/** A calendar date, `YYYY-MM-DD`. */
const isoDate = z.iso.date();
const text = z.string().trim().min(1, 'must not be empty');
const count = z.int().min(0, 'must be 0 or more').nullable();

/** http(s) only: a `javascript:` or `data:` link is refused. */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const sourceSchema = z.strictObject({
	publisher: text,
	title: text,
	date: isoDate.nullable(),
	url: httpUrl,
	note: z.string().nullable()
});

/** Casualty figures: `null` means unknown, never 0. */
export const casualtiesSchema = z
	.strictObject({
		low: count,
		best: count,
		high: count,
		reported_by: z.string().nullable()
	})
	.refine((c) => c.low === null || c.high === null || c.low <= c.high, {
		message: 'low must not exceed high',
		path: ['low']
	});

export const claimSchema = z.strictObject({
	status: z.enum(CLAIM_STATUSES),
	/** Who claimed it (`claimed`) or who attributed it (`attributed`). */
	by: z.string().nullable(),
	/** The outlet of a claim, e.g. Amaq News Agency. */
	outlet: z.string().nullable(),
	note: z.string().nullable()
});

export const placeSchema = z.strictObject({
	name: text,
	admin1: z.string().nullable(),
	country: text,
	iso3: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code')
});

export const incidentPropertiesSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug'),
	title: text,
	kind: z.enum(KINDS),
	category: z.enum(CATEGORY_IDS),
	date_start: isoDate,
	date_end: isoDate,
	date_precision: z.enum(DATE_PRECISIONS),
	place: placeSchema,
	geo_precision: z.enum(GEO_PRECISIONS),
	uncertainty_km: z.number().min(0).max(5000),
	/** An overlay id whose area stands for this record (country- or region-level records). */
	area: z.string().nullable(),
	perpetrator: z.string().nullable(),
	claim: claimSchema.nullable(),
	targets: z.array(text),
	fatalities: casualtiesSchema.nullable(),
	injuries: casualtiesSchema.nullable(),
	summary: text,
	sources: z.array(sourceSchema).min(1, 'at least one source is required')
});

const lon = z.number().min(-180, 'longitude below -180').max(180, 'longitude above 180');
const lat = z.number().min(-90, 'latitude below -90').max(90, 'latitude above 90');

export const pointSchema = z.strictObject({
	type: z.literal('Point'),
	coordinates: z.tuple([lon, lat])
});

export const incidentFeatureSchema = z.strictObject({
	type: z.literal('Feature'),
	id: z.string(),
	geometry: pointSchema,
	properties: incidentPropertiesSchema
});

export type Kind = (typeof KINDS)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type GeoPrecision = (typeof GEO_PRECISIONS)[number];
export type Source = z.infer<typeof sourceSchema>;
export type Casualties = z.infer<typeof casualtiesSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Place = z.infer<typeof placeSchema>;
export type IncidentProperties = z.infer<typeof incidentPropertiesSchema>;
export type IncidentFeature = z.infer<typeof incidentFeatureSchema>;
export interface IncidentCollection {
	type: 'FeatureCollection';
	features: IncidentFeature[];
}
