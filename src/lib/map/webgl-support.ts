/** MapLibre GL JS 6 needs WebGL2. Browser only. */
export function supportsWebGL2(): boolean {
	try {
		const canvas = document.createElement('canvas');
		return !!canvas.getContext('webgl2');
	} catch {
		return false;
	}
}
