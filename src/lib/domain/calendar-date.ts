/**
 * A calendar date written `YYYY-MM-DD` (the day exists: no 31 April, 29 February only in leap
 * years). Without zod, so that code the browser loads (the page's URL parsing) stays small.
 */
export function isCalendarDate(text: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (mo < 1 || mo > 12 || d < 1) return false;
	const days = new Date(Date.UTC(2000, mo, 0)).getUTCDate(); // 2000 is a leap year
	const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
	return d <= (mo === 2 && !leap ? 28 : days);
}
