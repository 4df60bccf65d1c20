import type { Pool } from 'pg';
import { getOverlay } from '../data/overlays';
import type { IncidentFeature } from '../domain/incident';
import type { IncidentQuery, ProximityQuery } from '../domain/incident-query';
import type { OverlayFeature } from '../domain/overlay';
import type { Proximity, ProximityHit } from '../geo/proximity';
import { OverlayQueryError, type IncidentQueryResult, type IncidentStore } from './incident-store';
import { filterParams } from './pg/filter-params';
import { applyMigrations } from './pg/migrate';
import { SQL } from './pg/sql';

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
	#ready: Promise<unknown> | null = null;

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
		if (!query.proximity) {
			const { rows } = await this.pool.query<{ feature: IncidentFeature; total: string }>(SQL.list, [
				...filters,
				query.limit
			]);
			return { features: rows.map((r) => r.feature), hits: null, total: Number(rows[0]?.total ?? 0) };
		}
		const [sql, params] = this.#proximity(query.proximity);
		const { rows } = await this.pool.query<HitRow>(sql, [...filters, ...params, query.limit]);
		const hits = new Map<string, ProximityHit>(
			rows.map((r) => [r.feature.id, { id: r.feature.id, distance_km: r.distance_km, proximity: r.proximity }])
		);
		return { features: rows.map((r) => r.feature), hits, total: Number(rows[0]?.total ?? 0) };
	}

	async get(id: string): Promise<IncidentFeature | undefined> {
		await this.#migrated();
		const { rows } = await this.pool.query<{ feature: IncidentFeature }>(SQL.get, [id]);
		return rows[0]?.feature;
	}

	/** The query file and its own parameters (after the filters', before the limit). */
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
		this.#ready ??= applyMigrations(this.pool).catch((e) => {
			this.#ready = null;
			throw e;
		});
		return this.#ready;
	}
}
