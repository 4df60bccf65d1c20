import type { Pool } from 'pg';
import { getOverlay } from '../data/overlays';
import { CATEGORY_IDS } from '../domain/categories';
import type { IncidentFeature } from '../domain/incident';
import { digestTable, readDigestTable, type DigestTable, type IncidentDigest } from '../domain/incident-digest';
import type { IncidentFilter, IncidentQuery, ProximityQuery } from '../domain/incident-query';
import { fillMonths, monthIndex, type MonthBin, type MonthCounts } from '../domain/month-bins';
import type { OverlayFeature } from '../domain/overlay';
import type { Proximity, ProximityHit } from '../geo/proximity';
import { OverlayQueryError, type IncidentQueryResult, type IncidentStore, type IncidentSummary } from './incident-store';
import { filterParams } from './pg/filter-params';
import { migratedOnce } from './pg/migrate';
import { SQL } from './pg/sql';

/** The digest table's columns, in the order the `digest` column's rows hold them. */
const DIGEST_COLUMNS = digestTable([]).columns;

interface HitRow {
	feature: IncidentFeature;
	distance_km: number;
	proximity: Proximity;
	total: string;
}

/**
 * An IncidentStore over PostgreSQL + PostGIS (`DATABASE_URL`), answering every query as the file
 * store does (`memory-store.ts`): the filters in SQL (`pg/queries/filtered.sql`), radius and
 * corridor with `ST_DWithin` on geography, k-nearest with `<->`, regions with `ST_Intersects`, and
 * the same precision rule: records placed only to an area are measured against their area. Data
 * gets in with `npm run data:load`; pending migrations are applied on first use.
 */
export class PostgisIncidentStore implements IncidentStore {
	constructor(
		readonly pool: Pool,
		private readonly findOverlay: (id: string) => OverlayFeature | undefined = getOverlay
	) {}

	async list(query?: IncidentQuery): Promise<IncidentQueryResult> {
		await this.#migrated();
		if (!query) {
			const { rows } = await this.pool.query<{ feature: IncidentFeature }>(SQL.all);
			return { features: rows.map((r) => r.feature), hits: null, total: rows.length };
		}
		const filters = filterParams(query);
		const page = [query.limit, query.offset ?? 0];
		// Each row carries the total: a page past the last match has none, so ask for the count apart.
		const total = async (rows: { total: string }[]) =>
			rows.length === 0 && query.offset ? (await this.list({ ...query, offset: undefined, limit: 1 })).total : Number(rows[0]?.total ?? 0);
		if (!query.proximity) {
			const selective = query.text !== undefined || query.bbox !== undefined;
			const { rows } = await this.pool.query<{ feature: IncidentFeature; total: string }>(selective ? SQL.listSelective : SQL.list, [
				...filters,
				...page
			]);
			return { features: rows.map((r) => r.feature), hits: null, total: await total(rows) };
		}
		const [sql, params] = this.#proximity(query.proximity);
		const { rows } = await this.pool.query<HitRow>(sql, [...filters, ...params, ...page]);
		const hits = new Map<string, ProximityHit>(
			rows.map((r) => [r.feature.id, { id: r.feature.id, distance_km: r.distance_km, proximity: r.proximity }])
		);
		return { features: rows.map((r) => r.feature), hits, total: await total(rows) };
	}

	async get(id: string): Promise<IncidentFeature | undefined> {
		await this.#migrated();
		const { rows } = await this.pool.query<{ feature: IncidentFeature }>(SQL.get, [id]);
		return rows[0]?.feature;
	}

	async dataVersion(): Promise<string> {
		await this.#migrated();
		const { rows } = await this.pool.query<{ version: string }>(SQL.dataVersion);
		return rows[0]?.version ?? '';
	}

	async summary(): Promise<IncidentSummary> {
		await this.#migrated();
		const { rows } = await this.pool.query<{ total: string; categories: string[]; first_date: string | null; last_date: string | null }>(
			SQL.summary
		);
		const row = rows[0];
		if (!row) return { total: 0, categories: [], dates: null };
		const present = new Set(row.categories);
		return {
			total: Number(row.total),
			categories: CATEGORY_IDS.filter((c) => present.has(c)),
			dates: row.first_date !== null && row.last_date !== null ? { first: row.first_date, last: row.last_date } : null
		};
	}

	async newest(n: number): Promise<IncidentFeature[]> {
		if (n <= 0) return [];
		await this.#migrated();
		const { rows } = await this.pool.query<{ feature: IncidentFeature }>(SQL.newest, [n]);
		return rows.map((r) => r.feature);
	}

	async ids(filter: IncidentFilter): Promise<string[]> {
		await this.#migrated();
		const { rows } = await this.pool.query<{ id: string }>(SQL.ids, filterParams(filter));
		return rows.map((r) => r.id);
	}

	async digests(filter: IncidentFilter = {}): Promise<IncidentDigest[]> {
		await this.#migrated();
		const { rows } = await this.pool.query<{ digest: DigestTable['rows'][number] }>(SQL.digests, filterParams(filter));
		return readDigestTable({ columns: DIGEST_COLUMNS, rows: rows.map((r) => r.digest) });
	}

	async months(filter: IncidentFilter): Promise<MonthCounts> {
		await this.#migrated();
		const [{ dates }, { rows }] = await Promise.all([
			this.summary(),
			this.pool.query<MonthBin & { total: string }>(SQL.months, filterParams(filter))
		]);
		if (!dates) return { total: 0, months: [] };
		return { total: Number(rows[0]?.total ?? 0), months: fillMonths(rows, monthIndex(dates.first), monthIndex(dates.last)) };
	}

	/** The query file and its own parameters (after the filters', before the limit and offset). */
	#proximity(p: ProximityQuery): [string, unknown[]] {
		switch (p.mode) {
			case 'near':
				return [SQL.near, [p.center[0], p.center[1], p.radiusKm]];
			case 'nearest':
				return [SQL.nearest, [p.center[0], p.center[1], p.k]];
			case 'region': {
				const area = this.#overlay('region', p.overlayId).geometry;
				if (area.type === 'Polygon' || area.type === 'MultiPolygon') return [SQL.region, [JSON.stringify(area)]];
				throw new OverlayQueryError('region', `"${p.overlayId}" is a line overlay, not an area; use corridor=${p.overlayId}&radius_km=…`);
			}
			case 'corridor': {
				const line = this.#overlay('corridor', p.overlayId).geometry;
				if (line.type === 'LineString' || line.type === 'MultiLineString')
					return [SQL.corridor, [JSON.stringify(line), p.radiusKm]];
				throw new OverlayQueryError('corridor', `"${p.overlayId}" is an area overlay, not a line; use region=${p.overlayId}`);
			}
		}
	}

	#overlay(parameter: 'region' | 'corridor', id: string): OverlayFeature {
		const overlay = this.findOverlay(id);
		if (!overlay) throw new OverlayQueryError(parameter, `no overlay has the id "${id}" (see /api/overlays)`);
		return overlay;
	}

	#migrated(): Promise<unknown> {
		return migratedOnce(this.pool);
	}
}
