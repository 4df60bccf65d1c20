import type { PageServerLoad } from './$types';
import { mapPageData } from '$lib/server/map-page-data';

export const load: PageServerLoad = async ({ url }) => mapPageData(url);
