import { env } from '$env/dynamic/private';
import { parseOriginList } from '../domain/embed-protocol';

let origins: string[] | null = null;

/** `EMBED_COMMAND_ORIGINS`: the host origins whose commands an embed obeys (default: none). */
export function embedCommandOrigins(): string[] {
	if (origins) return origins;
	const parsed = parseOriginList(env.EMBED_COMMAND_ORIGINS);
	if (parsed.problems.length) throw new Error(`EMBED_COMMAND_ORIGINS: ${parsed.problems.join('; ')}`);
	origins = parsed.origins;
	return origins;
}
