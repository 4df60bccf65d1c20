/**
 * Names that readers spell more than one way: transliterations (Russian-, Persian-, Uzbek-style),
 * local-language country names, and the several names of the same armed group. A text search for
 * any spelling in a group also finds the others (`text-match.ts`). Spellings are written as a
 * reader would type them; matching folds case, diacritics and apostrophes, so "Farg'ona" here also
 * covers "Fargʻona" and "FARG’ONA".
 *
 * Keep a group to one place or one actor. "Islamic State" is deliberately its own group (Daesh),
 * separate from its Khorasan province (ISKP), so a search for ISKP does not return every
 * Islamic State record; a search for "Islamic State" does find ISKP records, whose names contain it.
 */
export const NAME_VARIANTS: readonly (readonly string[])[] = [
	['Fergana', 'Ferghana', "Farg'ona", 'Fargona'],
	['Herat', 'Hirat'],
	['Guzargah', 'Gazargah', 'Gazur Gah'],
	['Kabul', 'Kobul'],
	['Termez', 'Termiz'],
	['Kandahar', 'Qandahar'],
	['Tajikistan', 'Tojikiston'],
	['Uzbekistan', "O'zbekiston"],
	['Kyrgyzstan', 'Kyrgyz Republic'],
	['ISKP', 'ISIS-K', 'IS-K', 'ISIS-Khorasan', 'Islamic State Khorasan'],
	['Daesh', 'ISIS', 'Islamic State']
];
