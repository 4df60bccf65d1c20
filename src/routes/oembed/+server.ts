import type { RequestHandler } from './$types';
import { embedCode, EMBED_TITLE } from '$lib/domain/embed-code';
import { embedTargetFor, oembedSize, parseOEmbedRequest } from '$lib/domain/oembed';
import { badRequest, problem } from '$lib/server/problem';
import { incidentStore } from '$lib/server/store';

/** oEmbed 1.0 provider for our map pages: `type: rich`, an iframe of the matching `/embed`. */
export const GET: RequestHandler = async ({ url }) => {
	const parsed = parseOEmbedRequest(url.searchParams);
	if ('problems' in parsed) return badRequest(parsed.problems);
	const { request } = parsed;
	if (request.format !== 'json')
		return problem(501, 'Not Implemented', `The format "${request.format}" is not supported; use format=json.`);
	const target = embedTargetFor(request.url, url.origin);
	if (!target) return problem(404, 'Not Found', `"${request.url}" is not a map page of this site.`, { url: request.url });

	const id = target.searchParams.get('incident');
	const incident = id ? await incidentStore().get(id) : null;
	const title = incident ? `${incident.properties.title} · Incident Map` : EMBED_TITLE;
	const { width, height } = oembedSize(request.maxwidth, request.maxheight);
	const body = {
		version: '1.0',
		type: 'rich',
		provider_name: 'Incident Map',
		provider_url: new URL('/', target).href,
		title,
		html: embedCode({ src: target.href, title, width, height }),
		width,
		height
	};
	return new Response(JSON.stringify(body), {
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
};
