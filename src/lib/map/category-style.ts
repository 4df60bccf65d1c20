import type { ExpressionSpecification } from 'maplibre-gl';
import { CATEGORIES, CATEGORY_IDS } from '../domain/categories';
import { PROP } from './ids';

/** `match` expression: the category of a feature → a value from the taxonomy. */
function byCategory(pick: (id: (typeof CATEGORY_IDS)[number]) => string, fallback: string) {
	const pairs = CATEGORY_IDS.flatMap((id) => [id, pick(id)]);
	return ['match', ['get', PROP.category], ...pairs, fallback] as unknown as ExpressionSpecification;
}

export const categoryColor = byCategory((id) => CATEGORIES[id].color, '#777777');
export const categorySymbol = byCategory((id) => CATEGORIES[id].symbol, '');
