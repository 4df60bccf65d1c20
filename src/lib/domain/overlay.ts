import { z } from 'zod';
import { sourceSchema } from './incident';

/**
 * A regional overlay: one GeoJSON Feature whose `id` equals `properties.id`. Areas are
 * Polygon/MultiPolygon (RFC 7946: exterior rings counter-clockwise), lines are
 * LineString/MultiLineString.
 */

export const OVERLAY_KINDS = ['area', 'line'] as const;
export const OVERLAY_STATUSES = ['existing', 'planned', 'computed'] as const;

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(position).min(4, 'a ring needs at least 4 positions');

export const overlayGeometrySchema = z.discriminatedUnion('type', [
	z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
	z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
	z.strictObject({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
	z.strictObject({
		type: z.literal('MultiLineString'),
		coordinates: z.array(z.array(position).min(2)).min(1)
	})
]);

export const overlayPropertiesSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug'),
	title: z.string().trim().min(1),
	description: z.string().trim().min(1),
	kind: z.enum(OVERLAY_KINDS),
	status: z.enum(OVERLAY_STATUSES),
	/** True where the geometry was traced by hand and is only indicative. */
	approximate: z.boolean(),
	/** How precise the geometry is, in words. */
	precision_note: z.string().trim().min(1),
	sources: z.array(sourceSchema).min(1, 'at least one source is required')
});

export const overlayFeatureSchema = z.strictObject({
	type: z.literal('Feature'),
	id: z.string(),
	geometry: overlayGeometrySchema,
	properties: overlayPropertiesSchema
});

export type OverlayKind = (typeof OVERLAY_KINDS)[number];
export type OverlayProperties = z.infer<typeof overlayPropertiesSchema>;
export type OverlayFeature = z.infer<typeof overlayFeatureSchema>;
export interface OverlayCollection {
	type: 'FeatureCollection';
	features: OverlayFeature[];
}
