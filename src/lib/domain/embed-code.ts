/** The attributes every embed `<iframe>` carries, whoever writes it (the Share dialog, oEmbed). */
export interface EmbedFrame {
	src: string;
	title: string;
	/** A CSS length attribute: `100%` or a number of pixels. */
	width: string | number;
	height: number;
}

export const DEFAULT_EMBED_HEIGHT = 480;
export const EMBED_TITLE = 'Incident Map: ISKP in Afghanistan and Central Asia';

const escapeAttribute = (value: string) =>
	value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The HTML of an embed: one `<iframe>`, every attribute value escaped. */
export function embedCode(frame: EmbedFrame): string {
	const attributes: [string, string][] = [
		['src', frame.src],
		['title', frame.title],
		['width', String(frame.width)],
		['height', String(frame.height)],
		['loading', 'lazy'],
		['allow', 'fullscreen'],
		['referrerpolicy', 'strict-origin-when-cross-origin'],
		['style', 'border:0'],
		['data-incident-map', '']
	];
	return `<iframe ${attributes.map(([k, v]) => (v === '' ? k : `${k}="${escapeAttribute(v)}"`)).join(' ')}></iframe>`;
}
