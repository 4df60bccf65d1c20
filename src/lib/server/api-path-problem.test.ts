import { describe, expect, it } from 'vitest';
import { apiPathProblem } from './api-path-problem';

describe('apiPathProblem', () => {
	it('answers a 400 problem for an API path that is not percent-encoded UTF-8', async () => {
		for (const path of ['/api/incidents/%E0%A4%A', '/api/overlays/%%20', '/oembed/%FF', '/api/%C0%AF']) {
			const res = apiPathProblem(path, '/api/overlays/[id]')!;
			expect(res.status, path).toBe(400);
			expect(res.headers.get('content-type')).toBe('application/problem+json');
			expect(await res.json()).toMatchObject({ status: 400, invalid_params: [{ name: 'path' }] });
		}
	});

	it('answers a 404 problem for an API path no endpoint matches', async () => {
		const res = apiPathProblem('/api/incidents//%20', null)!;
		expect(res.status).toBe(404);
		expect(res.headers.get('content-type')).toBe('application/problem+json');
		expect(await res.json()).toMatchObject({ status: 404, path: '/api/incidents//%20', detail: 'No endpoint answers at "/api/incidents//%20".' });
	});

	it('leaves matched API paths and every page to their routes', () => {
		expect(apiPathProblem('/api/incidents/a%2Fb', '/api/incidents/[id]')).toBeNull();
		expect(apiPathProblem('/api/overlays/%C3%A9', '/api/overlays/[id]')).toBeNull();
		expect(apiPathProblem('/oembed', '/oembed')).toBeNull();
		for (const path of ['/incidents/%E0%A4%A', '/apiary/%FF', '/', '/nothing'])
			expect(apiPathProblem(path, null), path).toBeNull();
	});
});
