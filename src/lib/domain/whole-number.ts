const WHOLE = /^\d+$/;

/** A whole number ≥ 0 written in digits (surrounding spaces allowed), or undefined. */
export function wholeNumber(text: string): number | undefined {
	const t = text.trim();
	return WHOLE.test(t) && Number.isSafeInteger(Number(t)) ? Number(t) : undefined;
}
