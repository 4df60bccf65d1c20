import type { TestProject } from 'vitest/node';
import { findPostgis, startCluster } from './postgis';

declare module 'vitest' {
	export interface ProvidedContext {
		postgresUrl: string;
	}
}

/** Once for the PostGIS tests: find (or install) PostgreSQL + PostGIS and start a throwaway cluster. */
export default async function setup(project: TestProject) {
	const cluster = await startCluster(findPostgis());
	project.provide('postgresUrl', cluster.url);
	return () => cluster.stop();
}
