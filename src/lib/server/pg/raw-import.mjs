// Node module hooks for the CLIs run with tsx: Vite's `?raw` imports (`import text from './x.sql?raw'`)
// as a module whose default export is the file's text, so CLI code shares modules with the app.
import { register } from 'node:module';

register(
	'data:text/javascript,' +
		encodeURIComponent(`
import { readFile } from 'node:fs/promises';
export async function resolve(specifier, context, next) {
	if (!specifier.endsWith('?raw')) return next(specifier, context);
	const { url } = await next(specifier.slice(0, -4), context);
	return { url: url + '?raw', shortCircuit: true };
}
export async function load(url, context, next) {
	if (!url.endsWith('?raw')) return next(url, context);
	const text = await readFile(new URL(url.slice(0, -4)), 'utf8');
	return { format: 'module', source: 'export default ' + JSON.stringify(text) + ';', shortCircuit: true };
}`)
);
