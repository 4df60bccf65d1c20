import { expect, it } from 'vitest';
import { CLAIM_STATUSES } from './incident';
import { CLAIM_FILTER_VALUES, NO_CLAIM } from './filter-values';

it('offers every claim status of the schema, then "none"', () => {
	expect(CLAIM_FILTER_VALUES).toEqual([...CLAIM_STATUSES, NO_CLAIM]);
});
