import type { z } from 'zod';
import type { DataProblem } from './problem';

/**
 * Parse an untrusted GeoJSON FeatureCollection feature by feature with a zod schema, collecting a
 * problem (file, feature id, field, reason) for every invalid field rather than stopping at the first.
 */
export function parseCollection<T>(
	raw: unknown,
	schema: z.ZodType<T>,
	file: string
): { features: T[]; problems: DataProblem[] } {
	const problems: DataProblem[] = [];
	const features: T[] = [];
	if (!isRecord(raw) || raw.type !== 'FeatureCollection' || !Array.isArray(raw.features)) {
		problems.push({ file, feature: '-', field: 'type', reason: 'not a GeoJSON FeatureCollection' });
		return { features, problems };
	}
	raw.features.forEach((f: unknown, i: number) => {
		const id = isRecord(f) && typeof f.id === 'string' && f.id ? f.id : `#${i}`;
		const result = schema.safeParse(f);
		if (result.success) features.push(result.data);
		else
			for (const issue of result.error.issues)
				problems.push({ file, feature: id, field: issue.path.join('.') || '-', reason: issue.message });
	});
	return { features, problems };
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}
