import type { DataProblem } from './problem';

/** Any feature with an `id` mirrored in `properties.id` (incidents and overlays alike). */
interface IdentifiedFeature {
	id: string;
	properties: { id: string };
}

/**
 * Check ids across a set of files of the same kind: a feature's `id` must equal its
 * `properties.id`, and no id may be used twice, in one file or across files. The first use wins;
 * every later use is a problem that names where the id was first seen.
 */
export function idProblems(
	files: { file: string; features: IdentifiedFeature[] }[]
): DataProblem[] {
	const problems: DataProblem[] = [];
	const seen = new Map<string, { file: string; index: number }>();
	for (const { file, features } of files)
		features.forEach((f, index) => {
			if (f.properties.id !== f.id)
				problems.push({
					file,
					feature: f.id,
					field: 'properties.id',
					reason: `"${f.properties.id}" differs from the feature id "${f.id}"`
				});
			const first = seen.get(f.id);
			if (!first) {
				seen.set(f.id, { file, index });
				return;
			}
			const where = first.file === file ? 'this file' : first.file;
			problems.push({
				file,
				feature: f.id,
				field: 'id',
				reason: `duplicate id: already used by feature #${first.index} in ${where}`
			});
		});
	return problems;
}
